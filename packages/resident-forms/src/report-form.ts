import { html, type SafeHtml } from './html'
import { REPORT_FIELDS as F, MAX_REPORT_PHOTOS, URGENT_NOTE } from './report-form-fields'
import { REPORT_LIMITS, type MapBounds, type ReportErrors, type ReportValues } from './report-values'
import { errorSummaryHtml } from './subscription-form'

/** A category a resident can choose: its name, and whether it is urgent (an accident, a danger: call 112). */
export type ReportCategoryChoice = {
  id: string | number
  name: string
  description?: string | null
  urgent?: boolean | null
}

type Field = keyof ReportValues | 'photos'

/**
 * The map where residents may mark the place (the site's `/zglos/` with a tile server configured): the tiles'
 * address template, the credit the tile server asks for (plain text), where it opens and the gmina's box.
 */
export type ReportMap = {
  tileUrl: string
  attribution: string
  center: { lat: number; lon: number }
  zoom: number
  bounds: MapBounds
}

/**
 * The map's block, hidden until the page's script has drawn the map (without JavaScript the form has none): a
 * click or tap marks the place; from the keyboard, the arrows move the map under its cross-hair and a button marks
 * its centre. The marked point fills the form's hidden latitude and longitude.
 */
const mapHtml = (map: ReportMap) => {
  const { south, west, north, east } = map.bounds
  return html`<fieldset
    class="report-map"
    data-report-map
    data-tiles="${map.tileUrl}"
    data-attribution="${map.attribution}"
    data-center="${`${map.center.lat},${map.center.lon}`}"
    data-zoom="${String(map.zoom)}"
    data-bounds="${[south, west, north, east].join(',')}"
    data-fields="${`${F.lat},${F.lon}`}"
    hidden
  >
    <legend>Miejsce na mapie (nieobowiązkowe)</legend>
    <p class="hint" id="mapa-opis">
      Kliknij lub dotknij mapy tam, gdzie jest problem. Z klawiatury: przejdź do mapy, przesuń ją strzałkami
      (+ i − przybliżają) tak, by kółko na środku wskazało miejsce, i naciśnij „Zaznacz środek mapy”.
    </p>
    <div class="report-map-canvas" role="region" aria-label="Mapa gminy" aria-describedby="mapa-opis"></div>
    <p class="report-map-actions">
      <button type="button" class="secondary" data-map-centre>Zaznacz środek mapy</button>
      <button type="button" class="secondary" data-map-clear>Usuń zaznaczenie</button>
    </p>
    <p class="report-map-status" role="status" data-map-status>Nie zaznaczono miejsca na mapie.</p>
  </fieldset>`
}

const errorText = (errors: ReportErrors, field: Field, name: string) =>
  errors[field] ? html`<p class="field-error" id="blad-${name}">${errors[field]}</p>` : null

const invalid = (errors: ReportErrors, field: Field, name: string, hint?: string) => {
  const ids = [hint, errors[field] ? `blad-${name}` : undefined].filter(Boolean)
  return html`${ids.length ? html` aria-describedby="${ids.join(' ')}"` : null}${errors[field] ? html` aria-invalid="true"` : null}`
}

/**
 * The report form (`/zglos/` on the site, and the CMS's page when a report comes back with errors): a category
 * (urgent ones say to call 112), a description, where (area, address or place, optional coordinates), up to three
 * photos, how to answer (e-mail or SMS), the consent clause, a honeypot and the shown-at stamp. Plain HTML that
 * works without JavaScript; it posts multipart (photos) to the CMS's public endpoint on the site's own host.
 */
export const reportFormHtml = (options: {
  action: string
  categories: ReportCategoryChoice[]
  areas: { id: string | number; name: string }[]
  values: ReportValues
  errors?: ReportErrors
  consent: string[]
  consentVersion: string
  shownAt?: string
  /** Whether residents may choose SMS (only when the CMS has an SMS channel). */
  withSms?: boolean
  maxPhotoMB: number
  /** The map where the place may be marked (only on the site, with its script); none by default. */
  map?: ReportMap
}): SafeHtml => {
  const { values, withSms = false } = options
  const errors = options.errors ?? {}
  // A position that was refused is dropped, so the form can be sent again without it (even without a map).
  const position = errors.lat ? { lat: '', lon: '' } : { lat: values.lat, lon: values.lon }
  const anyUrgent = options.categories.some((category) => category.urgent)
  return html`${anyUrgent ? html`<p class="urgent" role="note"><strong>${URGENT_NOTE}.</strong> Zagrożenie życia, zdrowia lub mienia zgłaszaj telefonicznie, nie tym formularzem.</p>` : null}
    ${errorSummaryHtml(errors)}
    <form class="resident-form" method="post" action="${options.action}" enctype="multipart/form-data">
      <fieldset class="choices" ${invalid(errors, 'category', F.category)}>
        <legend>Czego dotyczy zgłoszenie?</legend>
        ${errorText(errors, 'category', F.category)}
        ${options.categories.map(
          (category) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="${F.category}"
                value="${String(category.id)}"
                ${String(category.id) === values.category ? html` checked` : null}
                required
              />
              <span
                >${category.name}${category.description ? html` <span class="hint">${category.description}</span>` : null}${category.urgent ? html` <strong class="urgent-note">${URGENT_NOTE}</strong>` : null}</span
              ></label
            >`,
        )}
      </fieldset>
      <div class="field">
        <label for="${F.description}">Opis problemu</label>
        <p class="hint" id="${F.description}-opis">
          Co się stało, od kiedy, czy zagraża komuś. Nie wpisuj danych innych osób.
        </p>
        ${errorText(errors, 'description', F.description)}
        <textarea
          id="${F.description}"
          name="${F.description}"
          rows="6"
          maxlength="${REPORT_LIMITS.description}"
          required${invalid(errors, 'description', F.description, `${F.description}-opis`)}
        >
${values.description}</textarea>
      </div>
      ${
        options.areas.length > 0
          ? html`<div class="field">
              <label for="${F.area}">Miejscowość lub osiedle</label>
              ${errorText(errors, 'area', F.area)}
              <select id="${F.area}" name="${F.area}" ${invalid(errors, 'area', F.area)}>
                <option value="">— nie wiem / cała gmina —</option>
                ${options.areas.map((area) => html`<option value="${String(area.id)}" ${String(area.id) === values.area ? html` selected` : null}>${area.name}</option>`)}
              </select>
            </div>`
          : null
      }
      <div class="field">
        <label for="${F.place}">Adres lub opis miejsca</label>
        <p class="hint" id="${F.place}-opis">Np. „ul. Leśna 12” albo „przy przystanku koło szkoły”.</p>
        ${errorText(errors, 'place', F.place)}
        <input
          id="${F.place}"
          name="${F.place}"
          type="text"
          maxlength="${REPORT_LIMITS.place}"
          value="${values.place}"
          required${invalid(errors, 'place', F.place, `${F.place}-opis`)}
        />
      </div>
      <input type="hidden" name="${F.lat}" value="${position.lat}" />
      <input type="hidden" name="${F.lon}" value="${position.lon}" />
      ${errorText(errors, 'lat', F.lat)} ${options.map ? mapHtml(options.map) : null}
      ${!options.map && position.lat && position.lon ? html`<p class="hint">Miejsce zaznaczone na mapie: ${position.lat}, ${position.lon}.</p>` : null}
      <div class="field">
        <label for="${F.photos}">Zdjęcia (nie więcej niż ${MAX_REPORT_PHOTOS})</label>
        <p class="hint" id="${F.photos}-opis">
          JPEG, PNG lub WebP, każde do ${options.maxPhotoMB} MB. Usuwamy z nich dane o miejscu i
          aparacie.${values.description ? ' Po błędzie w formularzu dołącz zdjęcia ponownie.' : ''}
        </p>
        ${errorText(errors, 'photos', F.photos)}
        <input
          id="${F.photos}"
          name="${F.photos}"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple${invalid(errors, 'photos', F.photos, `${F.photos}-opis`)}
        />
      </div>
      <fieldset class="choices" ${invalid(errors, 'channel', F.channel)}>
        <legend>Jak mamy Cię informować o zgłoszeniu?</legend>
        ${errorText(errors, 'channel', F.channel)}
        <label class="choice"
          ><input
            type="radio"
            name="${F.channel}"
            value="email"
            ${values.channel !== 'sms' || !withSms ? html` checked` : null}
          />
          E-mailem</label
        >
        ${withSms ? html`<label class="choice"><input type="radio" name="${F.channel}" value="sms" ${values.channel === 'sms' ? html` checked` : null} /> SMS-em</label>` : null}
      </fieldset>
      <div class="field">
        <label for="${F.email}"
          >Adres e-mail${withSms ? html` <span class="hint">(gdy wybierasz e-mail)</span>` : null}</label
        >
        ${errorText(errors, 'email', F.email)}
        <input
          id="${F.email}"
          name="${F.email}"
          type="email"
          autocomplete="email"
          maxlength="254"
          value="${values.email}"
          ${invalid(errors, 'email', F.email)}
        />
      </div>
      ${
        withSms
          ? html`<div class="field">
              <label for="${F.phone}"
                >Numer telefonu komórkowego <span class="hint">(gdy wybierasz SMS)</span></label
              >
              ${errorText(errors, 'phone', F.phone)}
              <input
                id="${F.phone}"
                name="${F.phone}"
                type="tel"
                autocomplete="tel"
                maxlength="32"
                value="${values.phone}"
                ${invalid(errors, 'phone', F.phone)}
              />
            </div>`
          : null
      }
      <section class="consent" aria-labelledby="zgoda-naglowek">
        <h2 id="zgoda-naglowek">Twoje dane</h2>
        ${options.consent.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${errorText(errors, 'consent', F.consent)}
        <label class="choice"
          ><input
            type="checkbox"
            name="${F.consent}"
            value="tak"
            ${values.consent ? html` checked` : null}${invalid(errors, 'consent', F.consent)}
          />
          Zapoznałem się / zapoznałam się z informacją i zgadzam się na przetwarzanie moich danych w celu
          załatwienia zgłoszenia.</label
        >
        <input type="hidden" name="wersja_zgody" value="${options.consentVersion}" />
      </section>
      <p class="honeypot" aria-hidden="true">
        <label for="${F.honeypot}">Nie wypełniaj tego pola</label>
        <input
          id="${F.honeypot}"
          name="${F.honeypot}"
          type="text"
          tabindex="-1"
          autocomplete="off"
          value=""
        />
      </p>
      <input type="hidden" name="${F.shownAt}" value="${options.shownAt ?? ''}" />
      <p><button type="submit">Wyślij zgłoszenie</button></p>
      <p class="hint">
        Wyślemy ${withSms ? 'link (e-mail) albo kod (SMS)' : 'wiadomość z linkiem'} do potwierdzenia.
        Zgłoszenie trafi do urzędu po potwierdzeniu.
      </p>
    </form>`
}
