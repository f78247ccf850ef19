# The Ratusz workspace image: the CMS (Payload on Next.js, production build) and the tools that build the
# static site. docker-compose.yml runs it as the CMS and as the one-shot site builder.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN corepack enable
COPY . .
RUN pnpm install --frozen-lockfile
RUN PAYLOAD_SECRET=build-time-placeholder-0123456789abcdef pnpm --filter @ratusz/cms build

FROM node:24-bookworm-slim
WORKDIR /app
# pg_dump/pg_restore for `pnpm backup` and `pnpm restore`.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/* \
    && corepack enable && useradd --system --home /app ratusz
COPY --from=build --chown=ratusz /app /app
USER ratusz
ENV NODE_ENV=production
EXPOSE 3000
CMD ["pnpm", "--filter", "@ratusz/cms", "serve"]
