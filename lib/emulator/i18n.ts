import { SMART_ID_LANGS } from "../shared/smartid/lang";

/**
 * Texts of the emulator's hosted sign-in page, virtual Smart-ID app and virtual phone, in every language the gateway
 * takes: English, Lithuanian, Latvian, Estonian and Russian. The hosted page's language comes from the `_locale`
 * query parameter, as on the real gateway; the Smart-ID app gets its ISO 639-2 code in the device link and speaks
 * the language that code names, so a person sees one language from the portal to the app.
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

const lv: Messages = {
  banner: "Identity Gateway emulators — nav īstais pakalpojums",
  bannerDetail: "Viss šeit ir simulēts. Neviena īsta identitāte netiek pārbaudīta.",
  title: "Pieteikšanās",
  intro: "{rp} lūdz apstiprināt jūsu identitāti.",
  methodsLabel: "Pieteikšanās veids",
  tabSmartid: "Smart-ID",
  tabMobile: "Mobile-ID",
  tabSmartcard: "eID karte",
  languageLabel: "Valoda",

  qrHeading: "Noskenējiet QR kodu ar Smart-ID lietotni",
  qrSteps: "Atveriet Smart-ID savā tālrunī, izvēlieties “Skenēt QR” un pavērsiet kameru pret šo kodu.",
  qrAlt: "Smart-ID QR kods. Tas mainās katru sekundi.",
  qrRefreshNote: "Kods mainās katru sekundi.",
  qrReconnecting: "Notiek atkārtota savienošanās… Kods ir paslēpts, līdz pienāks jauns.",
  qrExpired: "Šī QR koda derīgums ir beidzies.",
  qrNewCode: "Rādīt jaunu kodu",
  qrOpenInVirtualApp: "Atvērt šo kodu virtuālajā Smart-ID lietotnē",
  qrVirtualAppHint: "Nav tālruņa ar Smart-ID? Emulatora virtuālā lietotne atvērs kodu jaunā cilnē.",
  sameDeviceHeading: "Izmantojat Smart-ID šajā ierīcē?",
  openApp: "Atvērt Smart-ID lietotni",
  sameDeviceHint: "Lietotne lūgs apstiprināt un pēc tam atgriezīs jūs šeit.",

  classicHeading: "Pieteikšanās ar Smart-ID",
  countryLabel: "Valsts",
  personalCodeLabel: "Personas kods",
  continue: "Turpināt",
  starting: "Sūta pieprasījumu…",
  personalCodeInvalid: "Ievadiet personas kodu: ciparus, bet Latvijas kodam arī defisi.",
  unknownSmartIdAccount: "Izvēlētajā valstī ar šo personas kodu Smart-ID konts netika atrasts.",

  mobileHeading: "Pieteikšanās ar Mobile-ID",
  phoneLabel: "Tālruņa numurs",
  phoneHint: "Ar valsts kodu, piem., +37200000766",
  phoneInvalid: "Ievadiet tālruņa numuru ar valsts kodu, piem., +37200000766.",
  unknownMobileId: "Ar šo tālruņa numuru un personas kodu Mobile-ID netika atrasts.",

  verificationHeading: "Kontroles kods",
  verificationSteps: "Pārliecinieties, ka tālrunī redzamais kods ir tāds pats, un tad ievadiet PIN1.",
  waitingForPhone: "Gaida apstiprinājumu tālrunī…",
  secondsLeft: "Atlikušas {seconds} s",
  openVirtualPhone: "Atvērt virtuālo tālruni",

  smartcardHeading: "Pieteikšanās ar eID karti",
  smartcardSteps: "Izvēlieties lasītājā ievietoto testa karti.",
  smartcardChoose: "Testa eID karte",
  smartcardSignIn: "Pieteikties ar šo karti",
  smartcardCardLabel: "{name} {surname} · {country} · {code}",

  cancel: "Atcelt",
  cancelConfirmHint: "Atceļot jūs atgriezīsieties pakalpojumā {rp}.",

  authenticated: "Jūs esat pieteicies. Notiek atgriešanās pakalpojumā {rp}…",
  continueToService: "Turpināt pakalpojumā {rp}",
  backToService: "Atgriezties pakalpojumā {rp}",
  cancelled: "Pieteikšanās tika atcelta.",
  failedHeading: "Pieteikšanās neizdevās",
  endUSER_REFUSED: "Pieprasījums lietotnē tika noraidīts.",
  endTIMEOUT: "Uz pieprasījumu netika atbildēts laikā.",
  endWRONG_VC: "Lietotnē tika izvēlēts nepareizs kontroles kods.",
  endDOCUMENT_UNUSABLE: "Smart-ID kontu nevar izmantot. Pārbaudiet Smart-ID lietotni.",
  endUSER_REFUSED_INTERACTION: "Pieprasījums lietotnē tika noraidīts.",
  endPROTOCOL_FAILURE: "Lietotnei un pakalpojumam neizdevās vienoties. Lūdzu, mēģiniet vēlreiz.",
  endSERVER_ERROR: "Smart-ID pakalpojumā radās problēma. Lūdzu, mēģiniet vēlāk.",
  residencyRefused:
    "{rp} pieņem tikai personas, kuru dzīvesvietas valsts ir {countries}. Jūsu dzīvesvietas valsts ir {country}, tāpēc šeit pieteikties nevarat.",
  somethingWrong: "Kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.",
  connectionLost: "Pašlaik nevar sazināties ar vārteju. Mēģina vēlreiz…",

  closedHeading: "Šī pieteikšanās saite nav derīga",
  closedText:
    "Tās derīgums, iespējams, ir beidzies, vai tā jau ir izmantota. Atgriezieties pakalpojumā, no kura atnācāt, un sāciet no jauna.",
  unavailableHeading: "Pieteikšanās pašlaik nav pieejama",
  unavailableText: "Pakalpojums pašlaik nevar piekļūt saviem datiem. Mēģiniet vēlreiz pēc brīža.",
};

const et: Messages = {
  banner: "Identity Gateway emulaator — mitte päris teenus",
  bannerDetail: "Kõik siin on simuleeritud. Ühtegi päris isikut ei kontrollita.",
  title: "Sisselogimine",
  intro: "{rp} palub sul oma isikut kinnitada.",
  methodsLabel: "Sisselogimisviis",
  tabSmartid: "Smart-ID",
  tabMobile: "Mobile-ID",
  tabSmartcard: "ID-kaart",
  languageLabel: "Keel",

  qrHeading: "Skanni QR-kood Smart-ID rakendusega",
  qrSteps: "Ava telefonis Smart-ID, vali „Skanni QR-kood“ ja suuna kaamera sellele koodile.",
  qrAlt: "Smart-ID QR-kood. See muutub iga sekund.",
  qrRefreshNote: "Kood muutub iga sekund.",
  qrReconnecting: "Ühendan uuesti… Kood on peidetud, kuni saabub uus.",
  qrExpired: "See QR-kood on aegunud.",
  qrNewCode: "Näita uut koodi",
  qrOpenInVirtualApp: "Ava see kood virtuaalses Smart-ID rakenduses",
  qrVirtualAppHint: "Pole Smart-ID-ga telefoni? Emulaatori virtuaalne rakendus avab koodi uuel vahekaardil.",
  sameDeviceHeading: "Kasutad Smart-ID-d selles seadmes?",
  openApp: "Ava Smart-ID rakendus",
  sameDeviceHint: "Rakendus palub kinnitada ja toob sind siis siia tagasi.",

  classicHeading: "Logi sisse Smart-ID-ga",
  countryLabel: "Riik",
  personalCodeLabel: "Isikukood",
  continue: "Jätka",
  starting: "Saadan päringut…",
  personalCodeInvalid: "Sisesta isikukood: numbrid, Läti koodi puhul ka sidekriips.",
  unknownSmartIdAccount: "Valitud riigis ei leitud selle isikukoodiga Smart-ID kontot.",

  mobileHeading: "Logi sisse Mobile-ID-ga",
  phoneLabel: "Telefoninumber",
  phoneHint: "Koos riigikoodiga, nt +37200000766",
  phoneInvalid: "Sisesta telefoninumber koos riigikoodiga, nt +37200000766.",
  unknownMobileId: "Selle telefoninumbri ja isikukoodiga Mobile-ID-d ei leitud.",

  verificationHeading: "Kontrollkood",
  verificationSteps: "Veendu, et telefonis on sama kood, ja sisesta seejärel PIN1.",
  waitingForPhone: "Ootan kinnitust telefonis…",
  secondsLeft: "Jäänud {seconds} s",
  openVirtualPhone: "Ava virtuaalne telefon",

  smartcardHeading: "Logi sisse ID-kaardiga",
  smartcardSteps: "Vali lugejas olev testkaart.",
  smartcardChoose: "Test-ID-kaart",
  smartcardSignIn: "Logi sisse selle kaardiga",
  smartcardCardLabel: "{name} {surname} · {country} · {code}",

  cancel: "Katkesta",
  cancelConfirmHint: "Katkestamine viib sind tagasi teenusesse {rp}.",

  authenticated: "Oled sisse logitud. Naasen teenusesse {rp}…",
  continueToService: "Jätka teenuses {rp}",
  backToService: "Naase teenusesse {rp}",
  cancelled: "Sisselogimine katkestati.",
  failedHeading: "Sisselogimine ei õnnestunud",
  endUSER_REFUSED: "Päringust keelduti rakenduses.",
  endTIMEOUT: "Päringule ei vastatud õigel ajal.",
  endWRONG_VC: "Rakenduses valiti vale kontrollkood.",
  endDOCUMENT_UNUSABLE: "Smart-ID kontot ei saa kasutada. Kontrolli Smart-ID rakendust.",
  endUSER_REFUSED_INTERACTION: "Päringust keelduti rakenduses.",
  endPROTOCOL_FAILURE: "Rakendus ja teenus ei saanud omavahel kokkuleppele. Proovi uuesti.",
  endSERVER_ERROR: "Smart-ID teenuses tekkis probleem. Proovi hiljem uuesti.",
  residencyRefused:
    "{rp} aktsepteerib ainult inimesi, kelle elukohariik on {countries}. Sinu elukohariik on {country}, seega siin sisse logida ei saa.",
  somethingWrong: "Midagi läks valesti. Proovi uuesti.",
  connectionLost: "Lüüsiga ei saa praegu ühendust. Proovin uuesti…",

  closedHeading: "See sisselogimislink ei kehti",
  closedText: "See võib olla aegunud või juba kasutatud. Mine tagasi teenusesse, kust tulid, ja alusta uuesti.",
  unavailableHeading: "Sisselogimine pole praegu võimalik",
  unavailableText: "Teenus ei pääse praegu oma andmetele ligi. Proovi hetke pärast uuesti.",
};

const ru: Messages = {
  banner: "Эмулятор Identity Gateway — не настоящий сервис",
  bannerDetail: "Здесь всё имитируется. Никакая настоящая личность не проверяется.",
  title: "Вход",
  intro: "{rp} просит вас подтвердить свою личность.",
  methodsLabel: "Способ входа",
  tabSmartid: "Smart-ID",
  tabMobile: "Mobile-ID",
  tabSmartcard: "ID-карта",
  languageLabel: "Язык",

  qrHeading: "Отсканируйте QR-код приложением Smart-ID",
  qrSteps: "Откройте Smart-ID на телефоне, выберите «Сканировать QR» и наведите камеру на этот код.",
  qrAlt: "QR-код Smart-ID. Он меняется каждую секунду.",
  qrRefreshNote: "Код меняется каждую секунду.",
  qrReconnecting: "Повторное подключение… Код скрыт, пока не придёт новый.",
  qrExpired: "Срок действия этого QR-кода истёк.",
  qrNewCode: "Показать новый код",
  qrOpenInVirtualApp: "Открыть этот код в виртуальном приложении Smart-ID",
  qrVirtualAppHint: "Нет телефона со Smart-ID? Виртуальное приложение эмулятора откроет код в новой вкладке.",
  sameDeviceHeading: "Пользуетесь Smart-ID на этом устройстве?",
  openApp: "Открыть приложение Smart-ID",
  sameDeviceHint: "Приложение попросит подтвердить, а затем вернёт вас сюда.",

  classicHeading: "Вход со Smart-ID",
  countryLabel: "Страна",
  personalCodeLabel: "Личный код",
  continue: "Продолжить",
  starting: "Отправка запроса…",
  personalCodeInvalid: "Введите личный код: цифры, а для латвийского кода и дефис.",
  unknownSmartIdAccount: "В выбранной стране учётная запись Smart-ID с этим личным кодом не найдена.",

  mobileHeading: "Вход с Mobile-ID",
  phoneLabel: "Номер телефона",
  phoneHint: "С кодом страны, напр., +37200000766",
  phoneInvalid: "Введите номер телефона с кодом страны, напр., +37200000766.",
  unknownMobileId: "Mobile-ID с этим номером телефона и личным кодом не найден.",

  verificationHeading: "Контрольный код",
  verificationSteps: "Убедитесь, что на телефоне показан такой же код, затем введите PIN1.",
  waitingForPhone: "Ожидание подтверждения на телефоне…",
  secondsLeft: "Осталось {seconds} с",
  openVirtualPhone: "Открыть виртуальный телефон",

  smartcardHeading: "Вход с ID-картой",
  smartcardSteps: "Выберите тестовую карту в считывателе.",
  smartcardChoose: "Тестовая ID-карта",
  smartcardSignIn: "Войти с этой картой",
  smartcardCardLabel: "{name} {surname} · {country} · {code}",

  cancel: "Отменить",
  cancelConfirmHint: "При отмене вы вернётесь в {rp}.",

  authenticated: "Вход выполнен. Возвращаемся в {rp}…",
  continueToService: "Продолжить в {rp}",
  backToService: "Вернуться в {rp}",
  cancelled: "Вход отменён.",
  failedHeading: "Войти не удалось",
  endUSER_REFUSED: "Запрос отклонён в приложении.",
  endTIMEOUT: "На запрос не ответили вовремя.",
  endWRONG_VC: "В приложении выбран неверный контрольный код.",
  endDOCUMENT_UNUSABLE: "Учётную запись Smart-ID нельзя использовать. Проверьте приложение Smart-ID.",
  endUSER_REFUSED_INTERACTION: "Запрос отклонён в приложении.",
  endPROTOCOL_FAILURE: "Приложению и сервису не удалось договориться. Попробуйте ещё раз.",
  endSERVER_ERROR: "В сервисе Smart-ID произошла ошибка. Попробуйте позже.",
  residencyRefused:
    "{rp} принимает только лиц, страна проживания которых — {countries}. Ваша страна проживания — {country}, поэтому войти здесь нельзя.",
  somethingWrong: "Что-то пошло не так. Попробуйте ещё раз.",
  connectionLost: "Сейчас не удаётся связаться со шлюзом. Повторная попытка…",

  closedHeading: "Эта ссылка для входа недействительна",
  closedText:
    "Возможно, срок её действия истёк или она уже использована. Вернитесь в сервис, откуда пришли, и начните заново.",
  unavailableHeading: "Вход сейчас недоступен",
  unavailableText: "Сервис сейчас не может получить доступ к своим данным. Попробуйте снова через мгновение.",
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

const deviceLv: DeviceMessages = {
  demoBadge: "DEMO",
  pinLabel: "PIN1",
  pinHint: "No 4 līdz 12 cipariem; demonstrācijā der jebkuri.",
  pinInvalid: "PIN kodā ir no 4 līdz 12 cipariem.",
  refuse: "Noraidīt",
  confirm: "Apstiprināt",

  appOpening: "Atver pieprasījumu…",
  appNoConnectionHeading: "Nav savienojuma",
  appNoConnectionText: "Nevar sazināties ar Smart-ID pakalpojumu. Atveriet saiti vēlreiz.",
  appUnreachable: "Nevar sazināties ar Smart-ID pakalpojumu. Mēģiniet vēlreiz.",
  appLinkRefusedHeading: "Šo saiti nevar izmantot",
  appLinkRefusedText: "Smart-ID pakalpojums noraidīja saiti: {reason}.",
  appFailedCheck: "Neizdevusies pārbaude: {check}",
  appQrTooOld: "QR kodi ir derīgi tikai dažas sekundes. Noskenējiet ekrānā redzamo kodu vēlreiz.",
  appStartAgain: "Sāciet no jauna pieteikšanās lapā.",
  appConfirmedHeading: "Apstiprināts",
  appReturning: "Notiek atgriešanās pakalpojumā…",
  appContinue: "Turpināt",
  appSignedIn: "Jūs esat pieteicies. Turpiniet ekrānā, no kura noskenējāt kodu.",
  appRefusedHeading: "Noraidīts",
  appRefusedText: "Jūs noraidījāt pieprasījumu. Nekādi dati netika nodoti.",
  appEndedHeading: "Pieprasījums beidzies",
  appEndedText: "Šis demonstrācijas konts vienmēr beidzas ar {endResult}. Kas notika, rāda pieteikšanās lapa.",
  appNotResidentHeading: "Nav pieņemts",
  appNotResidentText: "{rp} nepieņem personas, kuru dzīvesvietas valsts ir {country}. Nekādi dati netika nodoti.",
  appLogIn: "Pieteikties pakalpojumā {rp}",
  appRequestedByThrough: "Pieprasa {rp}, izmantojot {gateway}.",
  appRequestedBy: "Pieprasa {rp}.",
  appViaQr: "Noskenēts no QR koda",
  appViaThisDevice: "Atvērts šajā ierīcē",
  appAccountLegend: "Demonstrācijas konts",
  appChooseAccount: "Izvēlieties, kura kontu izmantot.",

  phoneHolder: "Tālruņa īpašnieks: {holder}",
  phoneOffline: "Nav savienojuma ar pakalpojumu. Mēģina vēlreiz…",
  phoneOpenFromPage:
    "Šis tālrunis parāda pieprasījumu, kad to atverat no pieteikšanās lapas: pēc datu ievadīšanas nospiediet tur “Atvērt virtuālo tālruni”.",
  phoneNoRequests: "Nav gaidošu pieprasījumu. Šis ekrāns jaunus meklē pats.",
  phoneRequestHeading: "{service}: pieteikties pakalpojumā {rp}",
  phoneAnswerWithin: "Atbildiet {seconds} s laikā.",
  phoneWhichCode: "Kāds kods redzams pieteikšanās lapā?",
  phoneChooseCode: "Izvēlieties pieteikšanās lapā redzamo kodu.",
  phoneUnreachable: "Nevar sazināties ar pakalpojumu. Mēģiniet vēlreiz.",
  phoneConfirmed: "Apstiprināts. Turpiniet ekrānā, kurā sākāt.",
  phoneRefused: "Jūs noraidījāt pieprasījumu.",
  phoneWrongCode: "Tas nebija ekrānā redzamais kods, tāpēc pieprasījums tika apturēts.",
};

const deviceEt: DeviceMessages = {
  demoBadge: "DEMO",
  pinLabel: "PIN1",
  pinHint: "4 kuni 12 numbrit; demos sobib ükskõik milline.",
  pinInvalid: "PIN-koodis on 4 kuni 12 numbrit.",
  refuse: "Keeldu",
  confirm: "Kinnita",

  appOpening: "Avan päringut…",
  appNoConnectionHeading: "Ühendus puudub",
  appNoConnectionText: "Smart-ID teenusega ei saa ühendust. Ava link uuesti.",
  appUnreachable: "Smart-ID teenusega ei saa ühendust. Proovi uuesti.",
  appLinkRefusedHeading: "Seda linki ei saa kasutada",
  appLinkRefusedText: "Smart-ID teenus lükkas lingi tagasi: {reason}.",
  appFailedCheck: "Ebaõnnestunud kontroll: {check}",
  appQrTooOld: "QR-koodid kehtivad vaid mõne sekundi. Skanni ekraanil olev kood uuesti.",
  appStartAgain: "Alusta sisselogimislehel uuesti.",
  appConfirmedHeading: "Kinnitatud",
  appReturning: "Suunan tagasi teenusesse…",
  appContinue: "Jätka",
  appSignedIn: "Oled sisse logitud. Jätka ekraanil, millelt koodi skannisid.",
  appRefusedHeading: "Keeldutud",
  appRefusedText: "Sa keeldusid päringust. Mingeid andmeid ei jagatud.",
  appEndedHeading: "Päring lõppes",
  appEndedText: "See demokonto lõpeb alati tulemusega {endResult}. Mis juhtus, näitab sisselogimisleht.",
  appNotResidentHeading: "Ei aktsepteeritud",
  appNotResidentText: "{rp} ei aktsepteeri inimesi, kelle elukohariik on {country}. Mingeid andmeid ei jagatud.",
  appLogIn: "Logi sisse teenusesse {rp}",
  appRequestedByThrough: "Päringu esitas {rp} teenuse {gateway} kaudu.",
  appRequestedBy: "Päringu esitas {rp}.",
  appViaQr: "Skannitud QR-koodist",
  appViaThisDevice: "Avatud selles seadmes",
  appAccountLegend: "Demokonto",
  appChooseAccount: "Vali, kelle kontot kasutada.",

  phoneHolder: "Telefoni omanik: {holder}",
  phoneOffline: "Teenusega pole ühendust. Proovin uuesti…",
  phoneOpenFromPage:
    "See telefon näitab päringut, kui avad selle sisselogimislehelt: sisesta seal oma andmed ja vajuta „Ava virtuaalne telefon“.",
  phoneNoRequests: "Ootel päringuid pole. See ekraan otsib uusi ise.",
  phoneRequestHeading: "{service}: logi sisse teenusesse {rp}",
  phoneAnswerWithin: "Vasta {seconds} s jooksul.",
  phoneWhichCode: "Milline kood on sisselogimislehel?",
  phoneChooseCode: "Vali sisselogimislehel näidatud kood.",
  phoneUnreachable: "Teenusega ei saa ühendust. Proovi uuesti.",
  phoneConfirmed: "Kinnitatud. Jätka ekraanil, kus alustasid.",
  phoneRefused: "Sa keeldusid päringust.",
  phoneWrongCode: "See polnud ekraanil olev kood, seega päring peatati.",
};

const deviceRu: DeviceMessages = {
  demoBadge: "DEMO",
  pinLabel: "PIN1",
  pinHint: "От 4 до 12 цифр; в демо подойдут любые.",
  pinInvalid: "PIN-код состоит из 4–12 цифр.",
  refuse: "Отклонить",
  confirm: "Подтвердить",

  appOpening: "Открываем запрос…",
  appNoConnectionHeading: "Нет соединения",
  appNoConnectionText: "Не удаётся связаться с сервисом Smart-ID. Откройте ссылку ещё раз.",
  appUnreachable: "Не удаётся связаться с сервисом Smart-ID. Попробуйте ещё раз.",
  appLinkRefusedHeading: "Эту ссылку нельзя использовать",
  appLinkRefusedText: "Сервис Smart-ID отклонил ссылку: {reason}.",
  appFailedCheck: "Не пройдена проверка: {check}",
  appQrTooOld: "QR-коды действуют всего несколько секунд. Отсканируйте код на экране ещё раз.",
  appStartAgain: "Начните заново на странице входа.",
  appConfirmedHeading: "Подтверждено",
  appReturning: "Возвращаем вас в сервис…",
  appContinue: "Продолжить",
  appSignedIn: "Вход выполнен. Продолжите на экране, с которого сканировали код.",
  appRefusedHeading: "Отклонено",
  appRefusedText: "Вы отклонили запрос. Никакие данные не переданы.",
  appEndedHeading: "Запрос завершён",
  appEndedText:
    "Эта демонстрационная учётная запись всегда завершается результатом {endResult}. Что произошло, покажет страница входа.",
  appNotResidentHeading: "Не принято",
  appNotResidentText: "{rp} не принимает лиц, страна проживания которых — {country}. Никакие данные не переданы.",
  appLogIn: "Вход в {rp}",
  appRequestedByThrough: "Запрос от {rp} через {gateway}.",
  appRequestedBy: "Запрос от {rp}.",
  appViaQr: "Отсканировано с QR-кода",
  appViaThisDevice: "Открыто на этом устройстве",
  appAccountLegend: "Демонстрационная учётная запись",
  appChooseAccount: "Выберите, чью учётную запись использовать.",

  phoneHolder: "Владелец телефона: {holder}",
  phoneOffline: "Нет связи с сервисом. Повторная попытка…",
  phoneOpenFromPage:
    "Этот телефон показывает запрос, если открыть его со страницы входа: введите там свои данные и нажмите «Открыть виртуальный телефон».",
  phoneNoRequests: "Ожидающих запросов нет. Этот экран сам проверяет новые.",
  phoneRequestHeading: "{service}: вход в {rp}",
  phoneAnswerWithin: "Ответьте в течение {seconds} с.",
  phoneWhichCode: "Какой код показан на странице входа?",
  phoneChooseCode: "Выберите код, показанный на странице входа.",
  phoneUnreachable: "Не удаётся связаться с сервисом. Попробуйте ещё раз.",
  phoneConfirmed: "Подтверждено. Продолжите на экране, где начали.",
  phoneRefused: "Вы отклонили запрос.",
  phoneWrongCode: "Это был не тот код, что на экране, поэтому запрос остановлен.",
};

/** Languages the gateway accepts in `_locale` (identity-gateway.md); the emulator speaks every one of them. */
export const GATEWAY_LOCALES = ["en", "lt", "lv", "et", "ru"] as const;
export type GatewayLocale = (typeof GATEWAY_LOCALES)[number];

const catalogues: Record<GatewayLocale, Messages> = { en, lt, lv, et, ru };
const deviceCatalogues: Record<GatewayLocale, DeviceMessages> = {
  en: deviceEn,
  lt: deviceLt,
  lv: deviceLv,
  et: deviceEt,
  ru: deviceRu,
};

/** Reads `_locale`: a known gateway language, or English for anything else (missing, unknown, repeated). */
export function pickLocale(value: unknown): GatewayLocale {
  const candidate = Array.isArray(value) ? value[0] : value;
  return typeof candidate === "string" && (GATEWAY_LOCALES as readonly string[]).includes(candidate)
    ? (candidate as GatewayLocale)
    : "en";
}

export function messagesFor(locale: GatewayLocale): Messages {
  return catalogues[locale];
}

export function deviceMessagesFor(locale: GatewayLocale): DeviceMessages {
  return deviceCatalogues[locale];
}

/**
 * The virtual app's language from a device link's `lang`, an ISO 639-2 code (smart-id-v3.md): `lit` is
 * Lithuanian, `lav` Latvian, `est` Estonian, `rus` Russian; anything else English, as the app would fall back.
 */
export function deviceLinkLocale(lang: unknown): GatewayLocale {
  const match = Object.entries(SMART_ID_LANGS).find(([, code]) => code === lang);
  return match ? pickLocale(match[0]) : "en";
}

/** A country's name in the page's language, from its ISO 3166-1 alpha-2 code; the code itself if it has none. */
export function countryName(code: string, lang: GatewayLocale): string {
  return new Intl.DisplayNames([lang], { type: "region" }).of(code.toUpperCase()) ?? code;
}

/** Countries named in the page's language as alternatives: "Latvia or Lithuania", "Latvija arba Lietuva". */
export function countryList(codes: readonly string[], lang: GatewayLocale): string {
  return new Intl.ListFormat(lang, { type: "disjunction" }).format(codes.map((code) => countryName(code, lang)));
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is so a missing value shows, not vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** For tests: every catalogue, by language. */
export function allCatalogues(): Readonly<Record<GatewayLocale, Messages>> {
  return catalogues;
}

/** For tests: every catalogue of the virtual app and phone, by language. */
export function allDeviceCatalogues(): Readonly<Record<GatewayLocale, DeviceMessages>> {
  return deviceCatalogues;
}
