# Writes src/test/resources/evaluation/heldout-stories.jsonl: stories written one by one, before the
# tagger's role fixes of issue 4, and NOT used to tune it (measured once at the end, reported apart).
# Labels: every tag kind; names as the catalogs and the gazetteer spell them.
import json, os
out = []
def add(i, lang, kind, title, content, actors=(), sponsors=(), by=(), targets=(), denied=False,
        cyber=False, cves=(), malware=(), agencies=()):
    out.append({"id": f"{lang}-heldout-{i:02d}", "language": lang, "kind": kind, "title": title,
                "content": content, "expected": {
                    "actors": sorted(actors), "sponsorStates": sorted(sponsors),
                    "attributedBy": sorted(by), "targets": sorted(targets),
                    "attributionDenied": denied, "cyberAttribution": cyber,
                    "cves": sorted(cves), "malware": sorted(malware), "agencies": sorted(agencies)}})

add(1, "en", "attribution", "Poland says Russian military intelligence hacked water plant",
    "Poland's digital affairs minister said hackers working for Russia's GRU broke into the control system of a water treatment plant in the north of the country. The minister said the attack, which Warsaw blames on the group known as APT44, was stopped before the water supply was affected.",
    ["Sandworm Team"], ["Russia"], ["Poland"], ["Poland"], cyber=True, agencies=["GRU"])
add(2, "en", "denial", "Fortinet flaw exploited by Chinese spies, CISA warns",
    "CISA said on Friday that a China-based group it tracks as Volt Typhoon exploited CVE-2024-21762 in Fortinet firewalls to reach the networks of utilities in the United States. The agency urged operators to patch. China's foreign ministry rejected the accusation as a smear.",
    ["Volt Typhoon"], ["China"], ["CISA"], ["United States"], denied=True, cyber=True, cves=["CVE-2024-21762"])
add(3, "en", "ordinary", "Europol takes down QakBot botnet",
    "Europol and the FBI dismantled the QakBot botnet, which had infected more than 700,000 computers worldwide. Investigators said the operators were criminals seeking ransom payments.",
    malware=["QakBot"])
add(4, "en", "falsefriend", "Cozy Bear cafe opens in Lviv",
    "A coffee shop called Cozy Bear opened in Lviv's old town on Saturday, serving honey cakes and cocoa. The owners said the name came from their daughter's favourite toy.")
add(5, "en", "ordinary", "EU agrees new sanctions package",
    "EU ambassadors agreed a new package of sanctions against Russia over its war in Ukraine, targeting oil tankers and banks.")
add(6, "en", "multi", "UK and allies expose Russian campaign against logistics firms",
    "The UK's NCSC, together with agencies in the United States, Germany and France, said GRU unit 26165, known as APT28 or Fancy Bear, had targeted logistics companies in Poland and Ukraine. The advisory said the unit used the X-Agent implant, and that Sandworm had separately attacked Ukrainian ports.",
    ["APT28", "Sandworm Team"], ["Russia"], ["NCSC", "United States", "Germany", "France"], ["Poland", "Ukraine"],
    cyber=True, malware=["CHOPSTICK"], agencies=["GRU"])
add(7, "en", "denial", "Beijing denies link to APT41 indictment",
    "US prosecutors charged five Chinese nationals said to be members of APT41 with hacking more than 100 companies, including video game makers. A spokesman for China's foreign ministry said Washington's accusations were groundless.",
    ["APT41"], ["China"], ["United States"], denied=True, cyber=True)
add(8, "en", "ordinary", "Critical flaw in gateways under mass exploitation",
    "Attackers are exploiting CVE-2023-4966, known as Citrix Bleed, to hijack sessions, and several ransomware gangs deployed Cobalt Strike beacons after gaining access, Mandiant said. The company did not link the activity to any state.",
    cves=["CVE-2023-4966"], malware=["Cobalt Strike"])
add(9, "en", "attribution", "Iran's intelligence ministry behind wiper attack on Albania, FBI says",
    "The FBI and CISA said hackers working for Iran's Ministry of Intelligence and Security were behind the destructive attack on Albanian government systems in 2022. Albania cut diplomatic ties with Tehran over the attack.",
    sponsors=["Iran"], by=["FBI", "CISA"], targets=["Albania"], cyber=True, agencies=["MOIS"])
add(10, "en", "attribution", "North Korean IT workers funded weapons, Justice Department says",
    "The US Department of Justice said North Korean IT workers using false identities were hired by American firms and sent their wages to Pyongyang's weapons programmes. Investigators linked some of the workers to the Reconnaissance General Bureau, North Korea's main intelligence agency, which also runs its hacking units.",
    sponsors=["North Korea"], by=["US Department of Justice"], cyber=True, agencies=["RGB"])
add(11, "en", "falsefriend", "Board game night: Dune draws a crowd",
    "Players fought over spice while a giant sandworm figurine swallowed their harvesters. Organisers plan a second Dune evening in March.")
add(12, "en", "denial", "Britain accuses FSB of hacking politicians",
    "Britain accused Russia's FSB of a years-long hacking campaign against politicians, civil servants and journalists in the United Kingdom, carried out by a group known as Star Blizzard or COLDRIVER. The Foreign Office summoned the Russian ambassador. Moscow called the claims unfounded.",
    ["Star Blizzard"], ["Russia"], ["United Kingdom"], ["United Kingdom"], denied=True, cyber=True, agencies=["FSB"])
add(13, "en", "attribution", "Sednit returns with Zebrocy",
    "ESET researchers said the Sednit group, also called APT28, sent Zebrocy downloaders to foreign ministries in Central Asia. ESET did not say which ministries were affected.",
    ["APT28"], ["Russia"], ["ESET"], cyber=True, malware=["Zebrocy"])
add(36, "en", "denial", "Australia names APT40 as source of government breaches",
    "Australia's Signals Directorate, with partners in the US and UK, said APT40, a group working for China's Ministry of State Security, had compromised government networks in Australia. China rejected the allegations.",
    ["Leviathan"], ["China"], ["Australia", "United States", "United Kingdom"], ["Australia"], denied=True, cyber=True, agencies=["MSS"])

add(14, "uk", "attribution", "CERT-UA: UAC-0050 розсилає Remcos",
    "Урядова команда реагування CERT-UA попередила про нову хвилю фішингових листів від угруповання UAC-0050. Зловмисники поширюють шкідливу програму Remcos під виглядом листів від податкової служби.",
    ["UAC-0050"], ["Russia"], ["CERT-UA"], cyber=True, malware=["Remcos"])
add(15, "uk", "attribution", "СБУ: хакери ФСБ зламали вуличні камери",
    "Служба безпеки України заявила, що хакери ФСБ отримали доступ до вуличних камер у Києві, щоб коригувати ракетні удари. СБУ закликала власників камер не транслювати зображення онлайн.",
    sponsors=["Russia"], by=["SBU"], targets=["Ukraine"], cyber=True, agencies=["FSB"])
add(16, "uk", "denial", "Німеччина викликала посла Росії через атаку APT28",
    "Міністерство закордонних справ Німеччини викликало російського посла після того, як уряд встановив, що угруповання APT28 стоїть за кібератакою на СДПН. У Москві звинувачення відкинули.",
    ["APT28"], ["Russia"], ["Germany"], ["SPD"], denied=True, cyber=True)
add(17, "uk", "attribution", "Гамаредон поширює Pteranodon через флешки",
    "Фахівці Держспецзв'язку повідомили, що угруповання Gamaredon, яке діє з окупованого Криму під контролем ФСБ, поширює бекдор Pteranodon через флешки у військових частинах України.",
    ["Gamaredon Group"], ["Russia"], ["SSSCIP"], ["Ukraine"], cyber=True, malware=["Pteranodon"], agencies=["FSB"])
add(18, "uk", "falsefriend", "У Харкові відкрили кав'ярню",
    "У Харкові відкрили кав'ярню «Козі Беар»: власники кажуть, що назва походить від улюбленої іграшки доньки.")
add(19, "uk", "ordinary", "Україна та Польща посилять захист кордону",
    "Україна та Польща підписали угоду про обмін даними для захисту кордону від контрабанди.")
add(20, "uk", "attribution", "Уразливість WinRAR використовують проти українських організацій",
    "CERT-UA повідомила, що зловмисники використовують уразливість CVE-2023-38831 у WinRAR для атак на державні організації України. Атаку приписують угрупованню UAC-0057, яке пов'язують із Білоруссю.",
    ["Ghostwriter"], ["Belarus"], ["CERT-UA"], ["Ukraine"], cyber=True, cves=["CVE-2023-38831"])
add(21, "uk", "multi", "Lazarus і Kimsuky атакують оборонку Південної Кореї",
    "Південнокорейська розвідка заявила, що північнокорейські угруповання Lazarus і Kimsuky намагалися зламати оборонні підприємства Південної Кореї.",
    ["Lazarus Group", "Kimsuky"], ["North Korea"], ["South Korea"], ["South Korea"], cyber=True)
add(22, "uk", "denial", "Китай заперечує причетність до атаки на Чехію",
    "Чехія звинуватила китайське угруповання APT31 у кібератаці на мережу свого МЗС. Пекін назвав звинувачення безпідставними.",
    ["ZIRCONIUM"], ["China"], ["Czech Republic"], denied=True, cyber=True)
add(23, "uk", "attribution", "Як Sandworm вимкнув світло в Києві",
    "Угруповання Sandworm, підрозділ 74455 ГРУ, у 2016 році вимкнуло світло в Києві за допомогою Industroyer, нагадали фахівці ESET.",
    ["Sandworm Team"], ["Russia"], ["ESET"], ["Ukraine"], cyber=True, malware=["Industroyer"], agencies=["GRU"])
add(24, "uk", "ordinary", "Кіберполіція викрила хакера з Тернополя",
    "Кіберполіція викрила 24-річного жителя Тернополя, який поширював шкідливу програму Agent Tesla та викрадав паролі користувачів.",
    malware=["Agent Tesla"])
add(25, "uk", "attribution", "ЄС запровадив санкції проти офіцерів ГРУ",
    "Рада ЄС запровадила санкції проти шести офіцерів ГРУ, причетних до кібератак на Естонію у 2020 році.",
    sponsors=["Russia"], by=["European Union"], targets=["Estonia"], cyber=True, agencies=["GRU"])

add(26, "ru", "ordinary", "Касперский нашел новую шпионскую кампанию",
    "Эксперты «Лаборатории Касперского» обнаружили кампанию кибершпионажа против государственных учреждений России; кто за ней стоит, специалисты пока не знают.",
    targets=["Russia"])
add(27, "ru", "attribution", "СБУ: за атакой на Киевстар стоит ГРУ",
    "СБУ заявила, что за атакой на «Киевстар» стоит группировка Sandworm, входящая в ГРУ. Восстановление связи заняло несколько дней.",
    ["Sandworm Team"], ["Russia"], ["SBU"], ["Kyivstar"], cyber=True, agencies=["GRU"])
add(28, "ru", "ordinary", "Москва и Пекин подписали газовое соглашение",
    "Россия и Китай подписали соглашение о поставках газа, сообщили в Кремле.")
add(29, "ru", "falsefriend", "Любительский хоккей",
    "Хоккейная команда «Сандворм» из Екатеринбурга выиграла любительский турнир.")
add(30, "ru", "denial", "МИД России назвал голословными обвинения Нидерландов",
    "Нидерланды обвинили российскую группировку Laundry Bear во взломе полицейских систем. В МИД России назвали обвинения голословными.",
    ["Void Blizzard"], ["Russia"], ["Netherlands"], denied=True, cyber=True)
add(31, "ru", "attribution", "APT28 использовала уязвимость в Outlook",
    "Microsoft сообщила, что группировка APT28 использовала уязвимость CVE-2023-23397 в Outlook для атак на организации в Европе. Компания выпустила исправление.",
    ["APT28"], ["Russia"], ["Microsoft"], cyber=True, cves=["CVE-2023-23397"])
add(32, "ru", "multi", "Turla и APT29 атаковали дипломатов",
    "По данным ESET, группировки Turla и APT29, которых связывают с ФСБ и СВР, атаковали дипломатические представительства в Восточной Европе.",
    ["Turla", "APT29"], ["Russia"], ["ESET"], cyber=True, agencies=["FSB", "SVR"])
add(33, "ru", "attribution", "ФБР: Lazarus похитила криптовалюту у японской биржи",
    "ФБР заявило, что хакеры из группировки Lazarus, работающей на Главное разведывательное бюро КНДР, похитили криптовалюту у биржи в Японии.",
    ["Lazarus Group"], ["North Korea"], ["FBI"], ["Japan"], cyber=True, agencies=["RGB"])
add(34, "ru", "ordinary", "Хакеры взломали сайт администрации",
    "Неизвестные хакеры взломали сайт районной администрации и разместили на нем посторонние материалы. Полиция выясняет, кто стоит за атакой.")
add(35, "ru", "attribution", "Check Point: MuddyWater атаковала компании Израиля и Турции",
    "Исследователи Check Point заявили, что группировка MuddyWater, подчиняющаяся министерству разведки Ирана, атаковала компании в Израиле и Турции.",
    ["MuddyWater"], ["Iran"], ["Check Point"], ["Israel", "Turkey"], cyber=True, agencies=["MOIS"])

with open(os.path.join(os.path.dirname(__file__), "..", "resources", "evaluation", "heldout-stories.jsonl"), "w") as f:
    for s in out:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
print(len(out))
