import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dockerDir } from './web-server-config'
import { waitForUrl } from './wait-for-url'

/** Debian's nginx binary, when installed (`apt-get install nginx-light`). */
export const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((file) => fs.existsSync(file))

/** What the nginx image's own /etc/nginx/nginx.conf wraps `conf.d/default.conf` in, with paths of a temp folder. */
const mainConf = (work: string) => `daemon off;
master_process off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    include ${work}/default.conf;
}
`

/**
 * Runs the real nginx with the project's `docker/nginx.conf` over `root` on `port`: only the root, the listen
 * port, the CMS's address and the folder of the snippets (`docker/`, mounted at /etc/nginx/snippets in
 * docker-compose) change, in a temp copy; pid, logs and temp files stay in a temp folder (the access log at
 * `accessLog`). Returns its base URL, the access log's path and a stop function.
 */
export const startNginx = async (
  root: string,
  port: number,
  /** Where `/api/public/` goes (the CMS); by default a closed port, so those requests answer 502. */
  cmsUrl = 'http://127.0.0.1:9',
): Promise<{ url: string; accessLog: string; stop: () => Promise<void> }> => {
  if (!nginxBinary) throw new Error('nginx is not installed (apt-get install nginx-light)')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-nginx-'))
  const site = fs
    .readFileSync(path.join(dockerDir, 'nginx.conf'), 'utf8')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/site\/live;/m, `$1root ${root};`)
    .replaceAll('/etc/nginx/snippets/', `${dockerDir}/`)
    .replaceAll('http://cms:3000', cmsUrl)
    .replaceAll('/var/log/ratusz/', `${work}/`)
  fs.writeFileSync(path.join(work, 'default.conf'), site)
  fs.writeFileSync(path.join(work, 'nginx.conf'), mainConf(work))
  const check = spawnSync(nginxBinary, ['-t', '-q', '-c', path.join(work, 'nginx.conf')], {
    encoding: 'utf8',
  })
  if (check.status !== 0) throw new Error(`nginx rejects the config: ${check.stderr}`)
  const child: ChildProcess = spawn(nginxBinary, ['-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitForUrl(`${url}/`, 10_000)
  return {
    url,
    accessLog: path.join(work, 'access.log'),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGQUIT')
      await exited
      fs.rmSync(work, { recursive: true, force: true })
    },
  }
}
