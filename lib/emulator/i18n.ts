/**
 * Texts of the emulator's hosted sign-in page, virtual Smart-ID app and virtual phone. The hosted page's language
 * comes from the `_locale` query parameter, as on the real gateway; English and Lithuanian are complete, other
 * languages the gateway knows fall back to English text (while the Smart-ID app still gets their ISO 639-2 code in
 * the device link, and speaks the language that code names).
 *
 * Placeholders are written `{name}` and filled by `fill`.
 */

const en = {
  banner: "Identity Gateway emulator — not the real service",
  bannerDetail: "Everything here is simulated. No real identity is checked.",
  title: "Sign in",
  intro: "{rp} asks you to confirm who you are.",
  methodsLabel: "Sign-in method",
  tabSmartid: "Smart-ID",
  tabMobile: "Mobile-ID",
  tabSmartcard: "ID card",
  languageLabel: "Language",

  qrHeading: "Scan the QR code with the Smart-ID app",
  qrSteps: "Open Smart-ID on your phone, choose “Scan QR” and point the camera at this code.",
  qrAlt: "Smart-ID QR code. It changes every second.",
  qrRefreshNote: "The code changes every second.",
  qrReconnecting: "Reconnecting… The code is hidden until a fresh one arrives.",
  qrExpired: "This QR code has expired.",
  qrNewCode: "Show a new code",
  qrOpenInVirtualApp: "Open this code in the virtual Smart-ID app",
  qrVirtualAppHint: "No phone with Smart-ID? The emulator's virtual app opens the code in a new tab.",
  sameDeviceHeading: "Using Smart-ID on this device?",
  openApp: "Open Smart-ID app",
  sameDeviceHint: "The app asks you to confirm, then brings you back here.",

  classicHeading: "Sign in with Smart-ID",
  countryLabel: "Country",
  personalCodeLabel: "Personal code",
  continue: "Continue",
  starting: "Sending the request…",
  personalCodeInvalid: "Enter your personal code: digits, and for Latvia also a hyphen.",
  unknownSmartIdAccount: "No Smart-ID account was found for this personal code in the chosen country.",

  mobileHeading: "Sign in with Mobile-ID",
  phoneLabel: "Phone number",
  phoneHint: "With the country code, e.g. +37200000766",
  phoneInvalid: "Enter the phone number with its country code, e.g. +37200000766.",
  unknownMobileId: "No Mobile-ID was found for this phone number and personal code.",

  verificationHeading: "Verification code",
  verificationSteps: "Make sure the code on your phone is the same, then enter your PIN1.",
  waitingForPhone: "Waiting for your confirmation on the phone…",
  secondsLeft: "{seconds} s left",
  openVirtualPhone: "Open the virtual phone",

  smartcardHeading: "Sign in with an ID card",
  smartcardSteps: "Choose the test card in the reader.",
  smartcardChoose: "Test ID card",
  smartcardSignIn: "Sign in with this card",
  smartcardCardLabel: "{name} {surname} · {country} · {code}",

  cancel: "Cancel",
  cancelConfirmHint: "Cancelling returns you to {rp}.",

  authenticated: "You are signed in. Returning to {rp}…",
  continueToService: "Continue to {rp}",
  backToService: "Return to {rp}",
  cancelled: "The sign-in was cancelled.",
  failedHeading: "Sign-in did not succeed",
  endUSER_REFUSED: "The request was refused in the app.",
  endTIMEOUT: "The request was not answered in time.",
  endWRONG_VC: "A wrong verification code was chosen in the app.",
  endDOCUMENT_UNUSABLE: "The Smart-ID account cannot be used. Check the Smart-ID app.",
  endUSER_REFUSED_INTERACTION: "The request was refused in the app.",
  endPROTOCOL_FAILURE: "The app and the service could not agree. Please try again.",
  endSERVER_ERROR: "The Smart-ID service had a problem. Please try again later.",
  residencyRefused:
    "{rp} accepts only people resident in {countries}. Your country of residence is {country}, so you cannot sign in here.",
  somethingWrong: "Something went wrong. Please try again.",
  connectionLost: "Cannot reach the gateway at the moment. Retrying…",

  closedHeading: "This sign-in link is not valid",
  closedText: "It may have expired or been used already. Go back to the service you came from and start again.",
  unavailableHeading: "Sign-in is unavailable right now",
  unavailableText: "The service cannot reach its data at the moment. Try again in a moment.",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const lt: Messages = {
  banner: "Identity Gateway emuliatorius — ne tikroji paslauga",
  bannerDetail: "Viskas čia imituojama. Jokia tikra tapatybė netikrinama.",
  title: "Prisijungimas",
  intro: "{rp} prašo patvirtinti jūsų tapatybę.",
  methodsLabel: "Prisijungimo būdas",
  tabSmartid: "Smart-ID",
  tabMobile: "Mobile-ID",
  tabSmartcard: "Asmens tapatybės kortelė",
  languageLabel: "Kalba",

  qrHeading: "Nuskaitykite QR kodą Smart-ID programėle",
  qrSteps: "Telefone atverkite Smart-ID, pasirinkite „Nuskaityti QR“ ir nukreipkite kamerą į šį kodą.",
  qrAlt: "Smart-ID QR kodas. Jis keičiasi kas sekundę.",
  qrRefreshNote: "Kodas keičiasi kas sekundę.",
  qrReconnecting: "Jungiamasi iš naujo… Kodas paslėptas, kol gausime naują.",
  qrExpired: "Šio QR kodo galiojimas baigėsi.",
  qrNewCode: "Rodyti naują kodą",
  qrOpenInVirtualApp: "Atverti šį kodą virtualioje Smart-ID programėlėje",
  qrVirtualAppHint: "Neturite telefono su Smart-ID? Emuliatoriaus virtuali programėlė atvers kodą naujame skirtuke.",
  sameDeviceHeading: "Smart-ID naudojate šiame įrenginyje?",
  openApp: "Atverti Smart-ID programėlę",
  sameDeviceHint: "Programėlė paprašys patvirtinti ir grąžins jus čia.",

  classicHeading: "Prisijungimas su Smart-ID",
  countryLabel: "Šalis",
  personalCodeLabel: "Asmens kodas",
  continue: "Tęsti",
  starting: "Siunčiama užklausa…",
  personalCodeInvalid: "Įveskite asmens kodą: skaitmenis, o Latvijos kodui ir brūkšnelį.",
  unknownSmartIdAccount: "Pasirinktoje šalyje Smart-ID paskyra su šiuo asmens kodu nerasta.",

  mobileHeading: "Prisijungimas su Mobile-ID",
  phoneLabel: "Telefono numeris",
  phoneHint: "Su šalies kodu, pvz., +37200000766",
  phoneInvalid: "Įveskite telefono numerį su šalies kodu, pvz., +37200000766.",
  unknownMobileId: "Mobile-ID su šiuo telefono numeriu ir asmens kodu nerastas.",

  verificationHeading: "Kontrolinis kodas",
  verificationSteps: "Įsitikinkite, kad telefone rodomas tas pats kodas, tada įveskite PIN1.",
  waitingForPhone: "Laukiama patvirtinimo telefone…",
  secondsLeft: "Liko {seconds} s",
  openVirtualPhone: "Atverti virtualų telefoną",

  smartcardHeading: "Prisijungimas su asmens tapatybės kortele",
  smartcardSteps: "Pasirinkite skaitytuve esančią bandomąją kortelę.",
  smartcardChoose: "Bandomoji kortelė",
  smartcardSignIn: "Prisijungti su šia kortele",
  smartcardCardLabel: "{name} {surname} · {country} · {code}",

  cancel: "Atšaukti",
  cancelConfirmHint: "Atšaukus grįšite į {rp}.",

  authenticated: "Prisijungėte. Grįžtama į {rp}…",
  continueToService: "Tęsti į {rp}",
  backToService: "Grįžti į {rp}",
  cancelled: "Prisijungimas atšauktas.",
  failedHeading: "Prisijungti nepavyko",
  endUSER_REFUSED: "Užklausa programėlėje buvo atmesta.",
  endTIMEOUT: "Į užklausą nebuvo laiku atsakyta.",
  endWRONG_VC: "Programėlėje pasirinktas neteisingas kontrolinis kodas.",
  endDOCUMENT_UNUSABLE: "Smart-ID paskyra negali būti naudojama. Patikrinkite Smart-ID programėlę.",
  endUSER_REFUSED_INTERACTION: "Užklausa programėlėje buvo atmesta.",
  endPROTOCOL_FAILURE: "Programėlei ir paslaugai nepavyko susikalbėti. Bandykite dar kartą.",
  endSERVER_ERROR: "Smart-ID paslaugoje įvyko klaida. Bandykite vėliau.",
  residencyRefused:
    "{rp} priima tik asmenis, kurių gyvenamoji šalis yra {countries}. Jūsų gyvenamoji šalis – {country}, todėl čia prisijungti negalite.",
  somethingWrong: "Kažkas nepavyko. Bandykite dar kartą.",
  connectionLost: "Šiuo metu nepavyksta pasiekti tinklų sietuvo. Bandoma iš naujo…",

  closedHeading: "Ši prisijungimo nuoroda negalioja",
  closedText:
    "Jos galiojimas galėjo baigtis arba ji jau panaudota. Grįžkite į paslaugą, iš kurios atėjote, ir pradėkite iš naujo.",
  unavailableHeading: "Prisijungimas šiuo metu negalimas",
  unavailableText: "Paslauga šiuo metu negali pasiekti savo duomenų. Bandykite dar kartą po akimirkos.",
};

/**
 * Texts of the virtual Smart-ID app (/emulator/device-link) and the virtual phone (/emulator/phone). Kept apart from
 * the hosted page's so that each screen ships only its own. Reasons the Smart-ID service gives for refusing a link or
 * an answer come from the server as they are (they name protocol checks), like a real service's error details.
 */
const deviceEn = {
  demoBadge: "DEMO",
  pinLabel: "PIN1",
  pinHint: "4 to 12 digits; any will do in the demo.",
  pinInvalid: "The PIN has 4 to 12 digits.",
  refuse: "Refuse",
  confirm: "Confirm",

  appOpening: "Opening the request…",
  appNoConnectionHeading: "No connection",
  appNoConnectionText: "The Smart-ID service cannot be reached. Open the link again to retry.",
  appUnreachable: "The Smart-ID service cannot be reached. Try again.",
  appLinkRefusedHeading: "This link cannot be used",
  appLinkRefusedText: "The Smart-ID service refused the link: {reason}.",
  appFailedCheck: "Failed check: {check}",
  appQrTooOld: "QR codes are valid for a few seconds only. Scan the code on the screen again.",
  appStartAgain: "Start again from the sign-in page.",
  appConfirmedHeading: "Confirmed",
  appReturning: "Returning you to the service…",
  appContinue: "Continue",
  appSignedIn: "You are signed in. Continue on the screen you scanned from.",
  appRefusedHeading: "Refused",
  appRefusedText: "You refused the request. Nothing was shared.",
  appEndedHeading: "Request ended",
  appEndedText: "This demo account always ends with {endResult}. The sign-in page shows what happened.",
  appNotResidentHeading: "Not accepted",
  appNotResidentText: "{rp} does not accept people resident in {country}. Nothing was shared.",
  appLogIn: "Log in to {rp}",
  appRequestedByThrough: "Requested by {rp} through {gateway}.",
  appRequestedBy: "Requested by {rp}.",
  appViaQr: "Scanned from a QR code",
  appViaThisDevice: "Opened on this device",
  appAccountLegend: "Demo account",
  appChooseAccount: "Choose whose account to use.",

  phoneHolder: "Phone of {holder}",
  phoneOffline: "No connection to the service. Retrying…",
  phoneOpenFromPage:
    "This phone shows a request when you open it from the sign-in page: press “Open the virtual phone” there after entering your details.",
  phoneNoRequests: "No requests waiting. This screen checks for new ones by itself.",
  phoneRequestHeading: "{service}: log in to {rp}",
  phoneAnswerWithin: "Answer within {seconds} s.",
  phoneWhichCode: "Which code is on the sign-in page?",
  phoneChooseCode: "Choose the code shown on the sign-in page.",
  phoneUnreachable: "The service cannot be reached. Try again.",
  phoneConfirmed: "Confirmed. Continue on the screen you started from.",
  phoneRefused: "You refused the request.",
  phoneWrongCode: "That was not the code on the screen, so the request was stopped.",
} as const;

export type DeviceMessageKey = keyof typeof deviceEn;
export type DeviceMessages = Record<DeviceMessageKey, string>;

const deviceLt: DeviceMessages = {
  demoBadge: "DEMO",
  pinLabel: "PIN1",
  pinHint: "Nuo 4 iki 12 skaitmenų; demonstracijoje tinka bet kurie.",
  pinInvalid: "PIN kodą sudaro nuo 4 iki 12 skaitmenų.",
  refuse: "Atmesti",
  confirm: "Patvirtinti",

  appOpening: "Atveriama užklausa…",
  appNoConnectionHeading: "Nėra ryšio",
  appNoConnectionText: "Nepavyksta pasiekti Smart-ID paslaugos. Atverkite nuorodą dar kartą.",
  appUnreachable: "Nepavyksta pasiekti Smart-ID paslaugos. Bandykite dar kartą.",
  appLinkRefusedHeading: "Šios nuorodos naudoti negalima",
  appLinkRefusedText: "Smart-ID paslauga atmetė nuorodą: {reason}.",
  appFailedCheck: "Nepavykęs patikrinimas: {check}",
  appQrTooOld: "QR kodai galioja vos kelias sekundes. Nuskaitykite ekrane rodomą kodą dar kartą.",
  appStartAgain: "Pradėkite iš naujo prisijungimo puslapyje.",
  appConfirmedHeading: "Patvirtinta",
  appReturning: "Grąžinama į paslaugą…",
  appContinue: "Tęsti",
  appSignedIn: "Prisijungėte. Tęskite ekrane, iš kurio nuskaitėte kodą.",
  appRefusedHeading: "Atmesta",
  appRefusedText: "Užklausą atmetėte. Jokie duomenys nebuvo perduoti.",
  appEndedHeading: "Užklausa baigta",
  appEndedText:
    "Ši demonstracinė paskyra visada baigiasi rezultatu {endResult}. Kas nutiko, rodo prisijungimo puslapis.",
  appNotResidentHeading: "Nepriimta",
  appNotResidentText: "{rp} nepriima asmenų, kurių gyvenamoji šalis yra {country}. Jokie duomenys nebuvo perduoti.",
  appLogIn: "Prisijungti prie {rp}",
  appRequestedByThrough: "Prašo {rp} per {gateway}.",
  appRequestedBy: "Prašo {rp}.",
  appViaQr: "Nuskaityta iš QR kodo",
  appViaThisDevice: "Atverta šiame įrenginyje",
  appAccountLegend: "Demonstracinė paskyra",
  appChooseAccount: "Pasirinkite, kieno paskyrą naudoti.",

  phoneHolder: "Telefono savininkas: {holder}",
  phoneOffline: "Nėra ryšio su paslauga. Bandoma iš naujo…",
  phoneOpenFromPage:
    "Šis telefonas rodo užklausą, kai jį atidarote iš prisijungimo puslapio: įvedę duomenis, ten paspauskite „Atverti virtualų telefoną“.",
  phoneNoRequests: "Laukiančių užklausų nėra. Šis ekranas naujų ieško pats.",
  phoneRequestHeading: "{service}: prisijungti prie {rp}",
  phoneAnswerWithin: "Atsakykite per {seconds} s.",
  phoneWhichCode: "Koks kodas rodomas prisijungimo puslapyje?",
  phoneChooseCode: "Pasirinkite prisijungimo puslapyje rodomą kodą.",
  phoneUnreachable: "Nepavyksta pasiekti paslaugos. Bandykite dar kartą.",
  phoneConfirmed: "Patvirtinta. Tęskite ekrane, kuriame pradėjote.",
  phoneRefused: "Užklausą atmetėte.",
  phoneWrongCode: "Tai nebuvo ekrane rodomas kodas, todėl užklausa sustabdyta.",
};

/** Languages the gateway accepts in `_locale` (identity-gateway.md). */
export const GATEWAY_LOCALES = ["en", "lt", "lv", "et", "ru"] as const;
export type GatewayLocale = (typeof GATEWAY_LOCALES)[number];

/** Languages with their own texts; the rest fall back to English. */
export const TRANSLATED_LOCALES = ["en", "lt"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const catalogues: Record<TranslatedLocale, Messages> = { en, lt };
const deviceCatalogues: Record<TranslatedLocale, DeviceMessages> = { en: deviceEn, lt: deviceLt };

/** Reads `_locale`: a known gateway language, or English for anything else (missing, unknown, repeated). */
export function pickLocale(value: unknown): GatewayLocale {
  const candidate = Array.isArray(value) ? value[0] : value;
  return typeof candidate === "string" && (GATEWAY_LOCALES as readonly string[]).includes(candidate)
    ? (candidate as GatewayLocale)
    : "en";
}

export function messagesFor(locale: GatewayLocale): Messages {
  return (TRANSLATED_LOCALES as readonly string[]).includes(locale)
    ? catalogues[locale as TranslatedLocale]
    : catalogues.en;
}

/** The language of the page's text (the `lang` attribute), which differs from `locale` where English stands in. */
export function textLanguage(locale: GatewayLocale): TranslatedLocale {
  return (TRANSLATED_LOCALES as readonly string[]).includes(locale) ? (locale as TranslatedLocale) : "en";
}

export function deviceMessagesFor(locale: GatewayLocale): DeviceMessages {
  return deviceCatalogues[textLanguage(locale)];
}

/**
 * The virtual app's language from a device link's `lang` (an ISO 639-2 code, smart-id-v3.md): Lithuanian for `lit`,
 * English for anything else, as only those two have texts.
 */
export function deviceLinkLocale(lang: unknown): TranslatedLocale {
  return lang === "lit" ? "lt" : "en";
}

/** A country's name in the page's language, from its ISO 3166-1 alpha-2 code; the code itself if it has none. */
export function countryName(code: string, lang: TranslatedLocale): string {
  return new Intl.DisplayNames([lang], { type: "region" }).of(code.toUpperCase()) ?? code;
}

/** Countries named in the page's language as alternatives: "Latvia or Lithuania", "Latvija arba Lietuva". */
export function countryList(codes: readonly string[], lang: TranslatedLocale): string {
  return new Intl.ListFormat(lang, { type: "disjunction" }).format(codes.map((code) => countryName(code, lang)));
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is so a missing value shows, not vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** For tests: every catalogue, by language. */
export function allCatalogues(): Readonly<Record<TranslatedLocale, Messages>> {
  return catalogues;
}

/** For tests: every catalogue of the virtual app and phone, by language. */
export function allDeviceCatalogues(): Readonly<Record<TranslatedLocale, DeviceMessages>> {
  return deviceCatalogues;
}
