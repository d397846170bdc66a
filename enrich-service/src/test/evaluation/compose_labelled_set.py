# Composes src/test/resources/evaluation/labelled-stories.jsonl from the hand-written templates,
# slot values, false friends and ordinary stories below (run from anywhere: python3 this-file).
import json, itertools, random
random.seed(7)
out=[]
# Every tag kind is labelled; names as the catalogs and the gazetteer spell them. Keyword
# arguments not given are empty (lists) or false (attributionDenied); cyberAttribution defaults to
# whether the story names an actor.
def add(lang, kind, title, text, actors, sponsors, by=(), targets=(), denied=False, cyber=None,
        cves=(), malware=(), agencies=()):
    out.append({"id":f"{lang}-{kind}-{len(out):03d}","language":lang,"kind":kind,"title":title,"content":text,
                "expected":{"actors":sorted(set(actors)),"sponsorStates":sorted(set(sponsors)),
                            "attributedBy":sorted(set(by)),"targets":sorted(set(targets)),
                            "attributionDenied":denied,"cyberAttribution":bool(actors) if cyber is None else cyber,
                            "cves":sorted(set(cves)),"malware":sorted(set(malware)),"agencies":sorted(set(agencies))}})

# actor: canonical, sponsor, en forms, uk (nom, gen), ru (nom, gen)
A=[
 ("APT28","Russia",["APT28","Fancy Bear","Forest Blizzard","Sofacy","APT 28","UAC-0001","Pawn Storm","Sednit"],[("APT28","APT28"),("Фенсі Беар","Фенсі Беар"),("UAC-0001","UAC-0001"),("АПТ28","АПТ28")],[("APT28","APT28"),("Фэнси Бэр","Фэнси Бэр")]),
 ("Sandworm Team","Russia",["Sandworm","Seashell Blizzard","APT44","Voodoo Bear"],[("Сендворм","Сендворма"),("Sandworm","Sandworm"),("UAC-0002","UAC-0002")],[("Сандворм","Сандворма"),("Sandworm","Sandworm")]),
 ("APT29","Russia",["APT29","Cozy Bear","Midnight Blizzard","Nobelium"],[("APT29","APT29"),("Козі Беар","Козі Беар"),("UAC-0029","UAC-0029")],[("APT29","APT29"),("Коузи Бэр","Коузи Бэр")]),
 ("Turla","Russia",["Turla","Secret Blizzard","Venomous Bear","Snake"],[("Турла","Турли"),("Turla","Turla")],[("Турла","Турлы"),("Turla","Turla")]),
 ("Gamaredon Group","Russia",["Gamaredon","Aqua Blizzard","Primitive Bear","Shuckworm"],[("Гамаредон","Гамаредона"),("Armageddon","Armageddon"),("UAC-0010","UAC-0010")],[("Гамаредон","Гамаредона")]),
 ("Lazarus Group","North Korea",["Lazarus Group","Lazarus","Hidden Cobra","Diamond Sleet"],[("Лазарус","Лазаруса"),("Lazarus","Lazarus")],[("Лазарус","Лазаруса"),("Lazarus Group","Lazarus Group")]),
 ("Volt Typhoon","China",["Volt Typhoon"],[("Volt Typhoon","Volt Typhoon"),("Вольт Тайфун","Вольт Тайфун")],[("Volt Typhoon","Volt Typhoon")]),
 ("Kimsuky","North Korea",["Kimsuky","Emerald Sleet"],[("Кімсукі","Кімсукі")],[("Кимсуки","Кимсуки")]),
 ("Charming Kitten","Iran",["Charming Kitten"],[("Charming Kitten","Charming Kitten")],[("Charming Kitten","Charming Kitten")]),
 ("MuddyWater","Iran",["MuddyWater","Mango Sandstorm"],[("MuddyWater","MuddyWater")],[("MuddyWater","MuddyWater")]),
 ("Ember Bear","Russia",["Cadet Blizzard","UAC-0056","Ember Bear"],[("UAC-0056","UAC-0056")],[("UAC-0056","UAC-0056")]),
 ("Killnet",None,["Killnet"],[("Кілнет","Кілнету")],[("Киллнет","Киллнета")]),
 ("APT41","China",["APT41","Wicked Panda","Brass Typhoon"],[("APT41","APT41")],[("APT41","APT41")]),
 ("Star Blizzard","Russia",["Star Blizzard","COLDRIVER"],[("Star Blizzard","Star Blizzard")],[("COLDRIVER","COLDRIVER")]),
]
# Canonical names of the Ukrainian and Russian slot values.
CANON={"CERT-UA":"CERT-UA","СБУ":"SBU","Держспецзв'язку":"SSSCIP","ГУР":"HUR","Microsoft":"Microsoft",
       "Німеччина":"Germany","Польща":"Poland","НАТО":"NATO","ESET":"ESET","Mandiant":"Mandiant","Касперский":"Kaspersky",
       "України":"Ukraine","Польщі":"Poland","Німеччини":"Germany","Литви":"Lithuania","Молдови":"Moldova","Естонії":"Estonia",
       "Украины":"Ukraine","Польши":"Poland","Германии":"Germany","Литвы":"Lithuania","Молдавии":"Moldova"}
claim_en=[("Germany","Germany"),("The Czech government","Czech Republic"),("Microsoft","Microsoft"),("NATO","NATO"),("The UK's NCSC","NCSC"),("Poland","Poland"),("The European Union","European Union"),("Mandiant","Mandiant"),("Ukraine's CERT-UA","CERT-UA"),("Lithuania","Lithuania")]
target_en=["Ukraine","Poland","Germany","Lithuania","Sweden","Estonia","France","Japan","Taiwan","Italy"]
en_t=[
 "{C} blamed {A} for a cyberattack on government networks in {T}. Investigators said the hackers stole diplomatic email.",
 "Security researchers say {A} is behind a new phishing campaign against ministries in {T}. {C} said the group used a previously unknown backdoor.",
 "{C} has attributed the breach of a defence contractor in {T} to {A}, a group that has been active since at least 2014.",
 "Hackers tracked as {A} targeted energy companies in {T} last month, according to {C}. The intrusion was detected before any damage was done.",
 "In a joint advisory, {C} warned that {A} is exploiting a vulnerability in routers to spy on officials in {T}.",
 "{A} compromised the mail servers of a political party in {T}, {C} said on Tuesday, adding that it had notified the victims.",
 "A report by {C} links {A} to a wave of wiper attacks on logistics firms in {T}.",
 "The espionage group {A} used fake conference invitations to lure diplomats in {T}, researchers at {C} wrote.",
]
def sponsor_phrase_en(s):
    return {"Russia":"Russian military intelligence","China":"the Chinese state","North Korea":"North Korea","Iran":"Iran's Revolutionary Guards"}.get(s)
i=0
for (canon,sp,en,uk,ru) in A:
    for k,form in enumerate(en+en):
        t=en_t[(i)%len(en_t)]; i+=1
        C,Cname=claim_en[i%len(claim_en)]; T=target_en[i%len(target_en)]
        txt=t.format(C=C,A=form,T=T)
        spons=[sp] if sp else []
        agencies=[]
        if k%2==1 and sp:
            txt+=f" The group is believed to work on behalf of {sponsor_phrase_en(sp)}."
            agencies={"Russia":["GRU"],"Iran":["IRGC"]}.get(sp,[])
        title=f"{form} hackers strike again" if k%3==0 else f"Cyber espionage: {T} targeted"
        add("en","attribution",title,txt,[canon],spons,by=[Cname],targets=[T],agencies=agencies)
# denial stories en
den_en=[
 ("Kremlin denies role in hack","German prosecutors accused the Russian group APT28 of hacking parliament computers. The Kremlin denied any involvement and called the accusations baseless.",["APT28"],["Russia"],dict(by=["Germany"],denied=True)),
 ("Beijing rejects Volt Typhoon claims","US officials said Volt Typhoon, a Chinese state-sponsored group, hid inside water utilities. Beijing rejected the claims as groundless.",["Volt Typhoon"],["China"],dict(by=["United States"],denied=True)),
 ("Pyongyang dismisses Lazarus report","A UN panel said the Lazarus Group stole cryptocurrency to fund weapons programmes. North Korea dismissed the report.",["Lazarus Group"],["North Korea"],dict(by=["United Nations"],denied=True)),
 ("Tehran denies Charming Kitten link","Researchers tied the Charming Kitten hackers to a phishing wave against journalists. Iran denied it was involved.",["Charming Kitten"],["Iran"],dict(denied=True)),
 ("Moscow says no evidence of Sandworm attack","Ukraine blamed Sandworm for a cyberattack on a power company. Moscow said there was no evidence of Russian involvement.",["Sandworm Team"],["Russia"],dict(by=["Ukraine"],denied=True)),
 ("Russia rejects Dutch claims on Cozy Bear","Dutch intelligence said hackers of Cozy Bear broke into a ministry network. Russia rejected the claims.",["APT29"],["Russia"],dict(by=["Netherlands"],denied=True)),
]
for t,c,a,s,x in den_en: add("en","denial",t,c,a,s,**x)
# multi-actor en
multi_en=[
 ("Russian groups intensify attacks","Microsoft said Forest Blizzard and Seashell Blizzard stepped up cyberattacks on Ukrainian logistics. Both groups are tied to Russia's GRU.",["APT28","Sandworm Team"],["Russia"],dict(by=["Microsoft"],targets=["Ukraine"],agencies=["GRU"])),
 ("Report ranks the busiest state hackers","Lazarus and Kimsuky led North Korean activity, while APT41 remained the most active Chinese group, Mandiant said.",["Lazarus Group","Kimsuky","APT41"],["North Korea","China"],dict(by=["Mandiant"])),
 ("From Turla to Gamaredon","ESET researchers said Turla used access gained earlier by Gamaredon to install its own backdoor on machines in Ukraine.",["Turla","Gamaredon Group"],["Russia"],dict(by=["ESET"],targets=["Ukraine"])),
 ("Iranian and Russian hackers share tactics","MuddyWater and APT29 both abused cloud storage for command and control, analysts at Proofpoint found.",["MuddyWater","APT29"],["Iran","Russia"],dict(by=["Proofpoint"])),
 ("Elections under attack","Officials warned that Fancy Bear, Cozy Bear and Charming Kitten were all probing campaign email accounts ahead of the vote.",["APT28","APT29","Charming Kitten"],["Russia","Iran"],dict()),
 ("Killnet and Sandworm in same week","The Killnet DDoS attacks on airports came days after Sandworm hacked a telecom operator, CERT-UA said.",["Killnet","Sandworm Team"],["Russia"],dict(by=["CERT-UA"])),
]
for t,c,a,s,x in multi_en: add("en","multi",t,c,a,s,**x)
# uk attribution
claim_uk=["CERT-UA","СБУ","Держспецзв'язку","ГУР","Microsoft","Німеччина","Польща","НАТО"]
target_uk=["України","Польщі","Німеччини","Литви","Молдови","Естонії"]
uk_t=[
 "{C} повідомила, що хакерське угруповання {A} атакувало урядові сервери {T}.",
 "За даними {C}, за кібератакою на енергетичні компанії {T} стоїть угруповання {A}.",
 "Хакери {G} намагалися зламати облікові записи військових {T}, заявили в {C}.",
 "{C} звинуватила угруповання {A} у кібершпигунстві проти дипломатів {T}.",
 "Кібератаку на об'єкти критичної інфраструктури {T} здійснило угруповання {A}, повідомляє {C}.",
 "Фахівці {C} виявили нову шкідливу програму, яку використовують хакери {G} проти {T}.",
]
i=0
for (canon,sp,en,uk,ru) in A:
    for k,(nom,gen) in enumerate(uk+uk):
        t=uk_t[i%len(uk_t)]; i+=1
        C=claim_uk[i%len(claim_uk)]; T=target_uk[i%len(target_uk)]
        txt=t.format(C=C,A=nom,G=gen,T=T)
        spons=[sp] if sp else []
        if k%2==0 and sp=="Russia": txt+=" Угруповання пов'язане з російськими спецслужбами."
        add("uk","attribution",f"Кібератака: {nom}" if k%2 else "Хакери атакували держустанови",txt,[canon],spons,
            by=[CANON[C]],targets=[CANON[T]])
den_uk=[
 ("Кремль заперечує","Німеччина звинуватила угруповання APT28 у зламі серверів Бундестагу. У Кремлі звинувачення заперечують.",["APT28"],["Russia"],dict(by=["Germany"],targets=["Germany"],denied=True)),
 ("Пекін відкинув звинувачення","США звинуватили китайських хакерів з угруповання Volt Typhoon у проникненні в мережі водоканалів. Пекін відкинув ці звинувачення як безпідставні.",["Volt Typhoon"],["China"],dict(by=["United States"],denied=True)),
 ("Москва спростувала","CERT-UA пов'язала кібератаку на Київстар з угрупованням Сендворм. У Москві спростували причетність.",["Sandworm Team"],["Russia"],dict(by=["CERT-UA"],targets=["Kyivstar"],denied=True)),
 ("Пхеньян заперечив","Дослідники пов'язали крадіжку криптовалюти з хакерами Лазаруса. Пхеньян заперечив свою причетність.",["Lazarus Group"],["North Korea"],dict(denied=True)),
]
for t,c,a,s,x in den_uk: add("uk","denial",t,c,a,s,**x)
multi_uk=[
 ("Два угруповання ГРУ","За даними CERT-UA, угруповання APT28 та Сендворм, пов'язані з ГРУ, атакували українські енергокомпанії.",["APT28","Sandworm Team"],["Russia"],dict(by=["CERT-UA"],targets=["Ukraine"],agencies=["GRU"])),
 ("Турла і Гамаредон разом","Фахівці ESET з'ясували, що хакери Турли використовували доступ, отриманий угрупованням Гамаредон, для атак на урядові сервери України.",["Turla","Gamaredon Group"],["Russia"],dict(by=["ESET"],targets=["Ukraine"])),
 ("Кібератаки на вибори","Microsoft повідомила, що Козі Беар і Фенсі Беар атакували облікові записи політиків.",["APT29","APT28"],["Russia"],dict(by=["Microsoft"])),
]
for t,c,a,s,x in multi_uk: add("uk","multi",t,c,a,s,**x)
# ru
claim_ru=["ESET","Microsoft","CERT-UA","Mandiant","Касперский","СБУ"]
target_ru=["Украины","Польши","Германии","Литвы","Молдавии"]
ru_t=[
 "По данным {C}, хакерская группировка {A} атаковала правительственные серверы {T}.",
 "{C} обвинила группировку {A} в кибершпионаже против дипломатов {T}.",
 "Хакеры {G} пытались взломать учетные записи военных {T}, сообщили в {C}.",
 "Эксперты {C} обнаружили новое вредоносное ПО, которое хакеры {G} использовали против {T}.",
 "За кибератакой на энергетические компании {T} стоит группировка {A}, заявили в {C}.",
]
i=0
for (canon,sp,en,uk,ru) in A:
    for k,(nom,gen) in enumerate(ru+ru):
        t=ru_t[i%len(ru_t)]; i+=1
        C=claim_ru[i%len(claim_ru)]; T=target_ru[i%len(target_ru)]
        txt=t.format(C=C,A=nom,G=gen,T=T)
        add("ru","attribution","Кибератака на госучреждения" if k%2==0 else f"Хакеры {gen} снова активны",txt,[canon],[sp] if sp else [],
            by=[CANON[C]],targets=[CANON[T]])
den_ru=[
 ("В Кремле отвергли обвинения","Чехия обвинила группировку APT28 в атаках на свои министерства. В Кремле обвинения отвергли.",["APT28"],["Russia"],dict(by=["Czech Republic"],denied=True)),
 ("Пекин отрицает","Власти США связали группировку APT41 с китайским государством. Пекин отрицает обвинения.",["APT41"],["China"],dict(by=["United States"],denied=True)),
 ("Тегеран опроверг","Исследователи связали группировку MuddyWater с министерством разведки Ирана. Тегеран опроверг эти данные.",["MuddyWater"],["Iran"],dict(denied=True,agencies=["MOIS"])),
]
for t,c,a,s,x in den_ru: add("ru","denial",t,c,a,s,**x)
multi_ru=[
 ("Две группировки ГРУ","По данным Microsoft, группировки APT28 и Sandworm, связанные с ГРУ, атаковали логистические компании Польши.",["APT28","Sandworm Team"],["Russia"],dict(by=["Microsoft"],targets=["Poland"],agencies=["GRU"])),
 ("Лазарус и Кимсуки","Южнокорейские власти заявили, что хакеры Лазаруса и Кимсуки атаковали оборонные предприятия.",["Lazarus Group","Kimsuky"],["North Korea"],dict(by=["South Korea"])),
]
for t,c,a,s,x in multi_ru: add("ru","multi",t,c,a,s,**x)
# software, CVEs and agencies (and actor names that are also ATT&CK software names)
tools=[
 ("en","Outlook flaw used against ministries","Microsoft said APT28 exploited CVE-2023-23397 in Outlook to steal credentials from ministries in Poland.",["APT28"],["Russia"],dict(by=["Microsoft"],targets=["Poland"],cves=["CVE-2023-23397"])),
 ("en","Sofacy phishing wave","Researchers said Sofacy sent spear-phishing emails to defence attaches in Lithuania.",["APT28"],["Russia"],dict(targets=["Lithuania"])),
 ("en","The Sofacy backdoor returns","ESET found a new version of the Sofacy backdoor, also known as CORESHELL, on government machines.",["APT28"],["Russia"],dict(by=["ESET"],malware=["CORESHELL"])),
 ("en","Sandworm wiper hits grain exporter","Sandworm deployed the CaddyWiper malware against a grain exporter in Ukraine, ESET said.",["Sandworm Team"],["Russia"],dict(by=["ESET"],targets=["Ukraine"],malware=["CaddyWiper"])),
 ("en","Turla's Kazuar backdoor updated","Turla, a group run by Russia's FSB, updated its Kazuar backdoor to spy on defence firms in Ukraine, researchers at Palo Alto Networks said.",["Turla"],["Russia"],dict(by=["Palo Alto Networks"],targets=["Ukraine"],malware=["Kazuar"],agencies=["FSB"])),
 ("en","Chinese spies exploit Ivanti bug","Mandiant said a group working for China's Ministry of State Security exploited CVE-2024-21887 in Ivanti gateways.",[],["China"],dict(by=["Mandiant"],cyber=True,cves=["CVE-2024-21887"],agencies=["MSS"])),
 ("en","GRU unit 29155 named in advisory","The FBI and CISA said GRU Unit 29155 used the WhisperGate wiper against government agencies in Ukraine.",["Ember Bear"],["Russia"],dict(by=["FBI","CISA"],targets=["Ukraine"],cyber=True,malware=["WhisperGate"],agencies=["GRU"])),
 ("en","Ransomware gang exploits MOVEit flaw","A ransomware gang exploited CVE-2023-34362 in the MOVEit file transfer tool and used Cobalt Strike to move through networks.",[],[],dict(cves=["CVE-2023-34362"],malware=["Cobalt Strike"])),
 ("en","Police warn about Emotet","Police said the Emotet malware was spreading again through invoices attached to emails.",[],[],dict(malware=["Emotet"])),
 ("en","IRGC hackers target water utilities","US agencies said hackers affiliated with the IRGC attacked industrial controllers at water utilities in the United States.",[],["Iran"],dict(by=["United States"],targets=["United States"],cyber=True,agencies=["IRGC"])),
 ("uk","CERT-UA: UAC-0001 використовує уразливість Roundcube","CERT-UA повідомила, що угруповання UAC-0001 використовує уразливість CVE-2023-43770 у поштовому сервері Roundcube для атак на органи влади України.",["APT28"],["Russia"],dict(by=["CERT-UA"],targets=["Ukraine"],cves=["CVE-2023-43770"])),
 ("uk","Хакери ГРУ з в/ч 26165","СБУ заявила, що хакери в/ч 26165 атакували логістичні компанії Польщі.",["APT28"],["Russia"],dict(by=["SBU"],targets=["Poland"],cyber=True,agencies=["GRU"])),
 ("uk","Гамаредон поширює Pteranodon","CERT-UA виявила, що угруповання Гамаредон поширює шкідливу програму Pteranodon серед військових України.",["Gamaredon Group"],["Russia"],dict(by=["CERT-UA"],targets=["Ukraine"],malware=["Pteranodon"])),
 ("uk","ФСБ стоїть за атаками на Укрзалізницю","Фахівці Держспецзв'язку заявили, що за кібератакою на Укрзалізницю стоять хакери ФСБ.",[],["Russia"],dict(by=["SSSCIP"],targets=["Ukrzaliznytsia"],cyber=True,agencies=["FSB"])),
 ("uk","Кіберполіція попереджає про Agent Tesla","Кіберполіція попередила, що шахраї розсилають шкідливу програму Agent Tesla у листах від імені банків.",[],[],dict(malware=["Agent Tesla"])),
 ("uk","Уразливість у Windows","Microsoft виправила уразливість CVE-2024-38063 у стеку TCP/IP Windows.",[],[],dict(cves=["CVE-2024-38063"])),
 ("ru","ФСБ и Turla","По данным ESET, группировка Turla, подчиняющаяся ФСБ, атаковала посольства в Молдавии.",["Turla"],["Russia"],dict(by=["ESET"],targets=["Moldova"],agencies=["FSB"])),
 ("ru","Уязвимость в WinRAR","Google сообщила, что группировка APT28 использовала уязвимость CVE-2023-38831 в WinRAR против организаций Украины.",["APT28"],["Russia"],dict(by=["Google"],targets=["Ukraine"],cves=["CVE-2023-38831"])),
 ("ru","Lazarus и AppleJeus","ФБР заявило, что хакеры Lazarus распространяли вредоносную программу AppleJeus среди трейдеров криптовалют.",["Lazarus Group"],["North Korea"],dict(by=["FBI"],malware=["AppleJeus"])),
 ("ru","СВР и APT29","Власти Великобритании заявили, что группировка APT29, работающая на СВР, атаковала фармацевтические компании.",["APT29"],["Russia"],dict(by=["United Kingdom"],agencies=["SVR"])),
]
for lang,t,c,a,sp,x in tools: add(lang,"tools",t,c,a,sp,**x)
# false friends
ff=[
 ("en","Zoo welcomes a rescued snake","Keepers at the city zoo introduced a four-metre python. The snake, nicknamed Lazarus after surviving a fire, now lives beside the turtle pond."),
 ("en","Dune: Part Two review","The sandworm sequences are stunning. When Paul finally rides a Sandworm across the desert, the film finds its equation of spectacle and silence."),
 ("en","Floods along the Dniester","The Dniester, called Turla in old Turkic chronicles, burst its banks near Bender. Rescuers evacuated two villages."),
 ("en","Teddy bear maker expands","A toy company that sells the Fancy Bear and Cozy Bear plush lines is opening a new factory. Charming Kitten figurines sold out at the fair."),
 ("en","Chemistry class: strontium","Strontium gives fireworks their red colour, while zinc and cobalt are used in batteries, the teacher explained."),
 ("en","Lazarus rises again","In the sermon the priest retold the story of Lazarus of Bethany, raised from the dead after four days."),
 ("en","Snake Island anniversary","Ukraine marked the anniversary of the defence of Snake Island in the Black Sea with a concert."),
 ("en","New Volt charger","The Volt charging station, rated for a typhoon-proof outdoor installation, goes on sale in Taiwan next month."),
 ("en","Math olympiad results","Students solved an equation with three unknowns; Equation Group, a maths club from Lviv, won first prize."),
 ("en","Band announces tour","The metal band Sandworm will tour Poland and Germany in spring, its manager said."),
 ("en","Pet show winners","A Persian cat named Charming Kitten won best in show; a bulldog called Fancy Bear came second."),
 ("en","Opera premiere","The opera Armageddon premiered in Kyiv to a standing ovation."),
 ("en","Wildlife: venomous snakes","Herpetologists counted venomous snakes in the reserve; the steppe viper population has grown."),
 ("uk","Зоопарк отримав нову змію","У київському зоопарку оселилася нова змія. Пітона назвали Лазарус, бо він вижив після пожежі."),
 ("uk","Повінь на Дністрі","Дністер, який у давніх тюркських хроніках називали Турла, вийшов з берегів біля Могилева-Подільського."),
 ("uk","Рецензія: Дюна","Сцени з піщаним хробаком вражають. Пол осідлав піщаного хробака посеред пустелі."),
 ("uk","Острів Зміїний","Україна відзначила річницю оборони острова Зміїний концертом в Одесі."),
 ("uk","Урок хімії","Стронцій надає феєрверкам червоного кольору, пояснила вчителька."),
 ("uk","Проповідь про Лазаря","Священник розповів про воскресіння Лазаря з Віфанії."),
 ("uk","Фільм Армагеддон","Телеканал покаже фільм Армагеддон у неділю ввечері."),
 ("uk","Іграшки до свята","Магазин продає плюшевих ведмедиків Фенсі Беар і Козі Беар до Різдва."),
 ("ru","Змея в зоопарке","В зоопарке поселилась новая змея. Питона назвали Лазарус."),
 ("ru","Паводок на Днестре","Днестр, который в старых хрониках называли Турла, вышел из берегов."),
 ("ru","Рецензия на Дюну","Песчаный червь в новом фильме выглядит впечатляюще."),
 ("ru","Урок химии","Стронций окрашивает фейерверки в красный цвет."),
 ("ru","Фильм Армагеддон","Телеканал покажет фильм Армагеддон в воскресенье."),
]
for lang,t,c in ff: add(lang,"falsefriend",t,c,[],[])
# ordinary news (incl. cyber news without actors)
ordinary=[
 ("en","Parliament passes budget","Lawmakers approved the 2026 budget by 250 votes to 120 after a long debate on defence spending."),
 ("en","Rain expected over the weekend","Forecasters expect heavy rain in western regions on Saturday and Sunday."),
 ("en","Bakery wins national prize","A family bakery from Poltava won the national bread competition."),
 ("en","Ransomware hits hospital","A ransomware attack disrupted a hospital's booking system; police are investigating and no group has claimed it."),
 ("en","Bank warns of phishing","A major bank warned customers about phishing text messages asking for card details."),
 ("en","Germany and Poland sign rail deal","Germany and Poland signed an agreement to speed up freight trains across the border."),
 ("en","NATO summit dates set","NATO announced that its next summit will take place in July."),
 ("en","Czech president visits Kyiv","The Czech president met Ukrainian officials in Kyiv to discuss ammunition deliveries."),
 ("en","Football: derby ends in draw","The derby ended 1-1 after a late penalty."),
 ("en","Patch Tuesday fixes 60 flaws","Microsoft released fixes for 60 vulnerabilities, including two exploited zero-days."),
 ("en","Startup raises funds","A Kyiv cybersecurity startup raised $5 million to build phishing simulators."),
 ("en","Russia and China hold talks","Russian and Chinese officials held trade talks in Beijing."),
 ("uk","Парламент ухвалив бюджет","Верховна Рада ухвалила бюджет на 2026 рік."),
 ("uk","Прогноз погоди","Синоптики прогнозують дощі на заході України."),
 ("uk","Фішингові листи","Кіберполіція попередила про фішингові листи від імені банків."),
 ("uk","Футбол","Матч завершився внічию 2:2."),
 ("uk","Польща і Німеччина","Польща та Німеччина домовилися про нові залізничні маршрути."),
 ("uk","Ціни на пальне","Ціни на пальне знизилися на кількох АЗС."),
 ("ru","Парламент принял бюджет","Парламент принял бюджет на следующий год."),
 ("ru","Погода","Синоптики обещают снег в горах."),
 ("ru","Фишинговые письма","Банк предупредил клиентов о фишинговых письмах."),
 ("ru","Футбол","Матч закончился вничью."),
]
for lang,t,c in ordinary: add(lang,"ordinary",t,c,[],[])
with open(__import__('os').path.join(__import__('os').path.dirname(__file__),'..','resources','evaluation','labelled-stories.jsonl'),'w') as f:
    for s in out: f.write(json.dumps(s,ensure_ascii=False)+"\n")
import collections
print(len(out), collections.Counter(s['language'] for s in out), collections.Counter(s['kind'] for s in out))
