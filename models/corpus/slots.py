# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Shared slot fillers: slot name -> language key -> fillers.

Language keys: `km` Khmer script, `en` English, `mx` code-mixed (falls back to `km`), `lt` romanized
Khmer chat spelling (falls back to `en`). Organisation names are fictional on purpose; people's names
are invented; officials appear only by role.
"""

from __future__ import annotations

SLOTS: dict[str, dict[str, list[str]]] = {
    "province": {
        "km": ["ភ្នំពេញ", "សៀមរាប", "បាត់ដំបង", "កំពត", "កំពង់ចាម", "តាកែវ", "កណ្ដាល", "ព្រៃវែង",
               "ស្វាយរៀង", "ក្រចេះ", "ស្ទឹងត្រែង", "មណ្ឌលគិរី", "រតនគិរី", "ព្រះសីហនុ", "កែប",
               "កោះកុង", "ពោធិ៍សាត់", "បន្ទាយមានជ័យ", "កំពង់ធំ", "កំពង់ស្ពឺ", "ប៉ៃលិន",
               "ឧត្ដរមានជ័យ", "ព្រះវិហារ", "ត្បូងឃ្មុំ", "កំពង់ឆ្នាំង"],
        "en": ["Phnom Penh", "Siem Reap", "Battambang", "Kampot", "Kampong Cham", "Takeo", "Kandal",
               "Prey Veng", "Svay Rieng", "Kratie", "Stung Treng", "Mondulkiri", "Ratanakiri",
               "Sihanoukville", "Kep", "Koh Kong", "Pursat", "Banteay Meanchey", "Kampong Thom",
               "Kampong Speu", "Pailin", "Oddar Meanchey", "Preah Vihear", "Tbong Khmum"],
        "lt": ["phnom penh", "pp", "siem reap", "siemreap", "battambang", "btb", "kampot", "kg cham",
               "takeo", "kandal", "prey veng", "svay rieng", "kratie", "steung treng", "mondulkiri",
               "ratanakiri", "kompong som", "kep", "koh kong", "pursat", "banteay meanchey",
               "kg thom", "kg speu", "pailin", "tbong khmum"],
    },
    "ministry": {
        "km": ["ក្រសួងសុខាភិបាល", "ក្រសួងអប់រំ យុវជន និងកីឡា", "ក្រសួងមហាផ្ទៃ",
               "ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ", "ក្រសួងការងារ និងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ",
               "ក្រសួងព័ត៌មាន", "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", "ក្រសួងសង្គមកិច្ច",
               "ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ", "ក្រសួងធនធានទឹក និងឧតុនិយម"],
        "en": ["Ministry of Health", "Ministry of Education", "Ministry of Interior",
               "Ministry of Economy and Finance", "Ministry of Labour", "Ministry of Information",
               "Ministry of Posts and Telecommunications", "Ministry of Social Affairs",
               "Ministry of Agriculture", "Ministry of Water Resources"],
        "lt": ["krasuong sokhaphibal", "krasuong op rom", "krasuong mohaphtei", "krasuong setakech",
               "krasuong kangea", "krasuong pormean", "Ministry of Health", "MoH", "krasuong sangkum kech"],
    },
    "official": {
        "km": ["រដ្ឋមន្ត្រីក្រសួងសុខាភិបាល", "អភិបាលខេត្ត", "រដ្ឋមន្ត្រីក្រសួងអប់រំ", "អ្នកនាំពាក្យរាជរដ្ឋាភិបាល",
               "ស្នងការនគរបាលខេត្ត", "មេឃុំ", "រដ្ឋមន្ត្រីក្រសួងការងារ"],
        "en": ["the Minister of Health", "the provincial governor", "the Minister of Education",
               "the government spokesperson", "the provincial police chief", "the commune chief",
               "the Labour Minister"],
        "lt": ["lok rodth montrey", "aphibal khet", "lok mekhum", "neak nam peak rodthaphibal",
               "snangkar nokorbal", "lok chumteav rodth montrey"],
    },
    "money": {
        "km": ["១០០ ដុល្លារ", "២០០,០០០ រៀល", "៥០០,០០០ រៀល", "៣០០ ដុល្លារ", "១,០០០,០០០ រៀល", "៥០ ដុល្លារ",
               "$100", "$250", "៤០០,០០០ រៀល"],
        "en": ["$100", "$200", "$50", "$300", "500,000 riel", "1,000,000 riel", "$150", "$500", "200,000 riel"],
        "lt": ["100$", "200$", "50$", "5 mern riel", "1 lean riel", "300 dollar", "$150", "100 dolla"],
    },
    "bank": {
        "en": ["AngkorPay", "Mekong Wallet", "KhmerCash", "Tonle Bank", "NagaMoney", "Sabay Wallet",
               "Apsara Bank", "CamWing Pay", "Lotus Mobile Money", "Kampuchea Trust Bank"],
        "km": ["AngkorPay", "Mekong Wallet", "KhmerCash", "ធនាគារទន្លេ", "NagaMoney", "ធនាគារអប្សរា",
               "Sabay Wallet", "Lotus Mobile Money"],
    },
    "name": {
        "km": ["សុខា", "ដារា", "ស្រីល័ក្ខ", "វណ្ណា", "ពិសិដ្ឋ", "ចិន្តា", "បុប្ផា", "ឫទ្ធី", "សុភា", "កុសល",
               "ម៉ាលីស", "ចន្ធី", "វិសាល", "ណារី", "ស្រីមុំ", "រតនា", "សំណាង", "ពៅ", "មុន្នី", "ច័ន្ទ"],
        "en": ["Sokha", "Dara", "Srey Leak", "Vanna", "Piseth", "Chenda", "Bopha", "Rithy", "Sophea",
               "Kosal", "Malis", "Chanthy", "Visal", "Nary", "Sreymom", "Ratana", "Samnang", "Pov",
               "Monny", "Chan"],
    },
    "disease": {
        "km": ["គ្រុនឈាម", "កូវីដ-១៩", "ផ្ដាសាយបក្សី", "អាសន្នរោគ", "គ្រុនចាញ់", "ជំងឺអុតស្វាយ", "ជំងឺមហារីក",
               "ទឹកនោមផ្អែម"],
        "mx": ["COVID", "dengue", "គ្រុនឈាម", "ផ្ដាសាយបក្សី H5N1", "COVID-19", "មហារីក cancer"],
        "en": ["dengue", "COVID-19", "bird flu", "cholera", "malaria", "mpox", "cancer", "diabetes"],
        "lt": ["krun cham", "covid", "kovid", "dengue", "pdasay baksey", "krun chanh", "mohareek", "tek nom pa'em"],
    },
    "cure": {
        "km": ["ទឹកក្រូចឆ្មាលាយទឹកក្ដៅ", "ខ្ទឹមសស្ងោរ", "ស្លឹកស្ដៅស្ងោរ", "ទឹកដូងលាយអំបិល", "ម្រះស្ងោរ",
               "ទឹកខ្មេះលាយទឹកឃ្មុំ", "ស្លឹកខ្ទឹមបារាំងស្ងោរ", "រមៀតលាយស្រា"],
        "en": ["lemon with hot water", "boiled garlic", "boiled neem leaves", "coconut water with salt",
               "boiled bitter melon", "vinegar and honey", "turmeric mixed with rice wine", "papaya leaf juice"],
        "lt": ["tek krouch chhmar leay tek kdao", "ktem sor sngor", "slek sdao sngor", "tek doung leay ambel",
               "mreas sngor", "romeat leay sra", "slek lhong"],
    },
    "disaster": {
        "km": ["ទំនប់វារីអគ្គិសនីបាក់", "ទឹកជំនន់ទន្លេមេគង្គឡើងខ្ពស់បំផុត", "រញ្ជួយដីខ្លាំង", "ព្យុះទីហ្វុងធំ",
               "ដីបាក់នៅលើភ្នំ", "រលកយក្សស៊ូណាមិ"],
        "en": ["the hydropower dam has burst", "the Mekong flood will be the highest in 100 years",
               "a strong earthquake is coming", "a super typhoon will hit", "a landslide buried the village",
               "a tsunami will hit the coast"],
        "lt": ["tumnub baek hz", "tek chumnoun mekong laeng khpos", "ranhjuoy dei klang", "pyuh typhoon thom",
               "dei bak", "tsunami mok"],
    },
    "time": {
        "km": ["យប់នេះ", "ថ្ងៃស្អែក", "ម៉ោង ៨ យប់នេះ", "ក្នុង ២៤ ម៉ោងទៀត", "ចុងសប្ដាហ៍នេះ", "ព្រឹកស្អែក"],
        "en": ["tonight", "tomorrow", "at 8pm tonight", "within 24 hours", "this weekend", "tomorrow morning"],
        "lt": ["yub nis", "sa'ek", "mong 8 yub nis", "knong 24h", "chong saptah nis", "pruk sa'ek"],
    },
    "urgent": {
        "km": ["ព័ត៌មានបន្ទាន់!", "បន្ទាន់!!", "ប្រញាប់ចែករំលែក!", "ដំណឹងក្ដៅៗ", "", "⚠️ ប្រកាសអាសន្ន", "🔴 ព័ត៌មានថ្មី"],
        "mx": ["BREAKING!", "URGENT!!", "ព័ត៌មានបន្ទាន់!", "🔴 NEWS", "", "‼️ ដំណឹងក្ដៅៗ", "Update:"],
        "en": ["BREAKING:", "URGENT!!", "Just in:", "", "⚠️ ALERT", "🔴 NEWS", "IMPORTANT!", "Read this now:"],
        "lt": ["bontean!!", "BREAKING", "dom nung kdao", "", "‼️ prokas", "urgent bong oun"],
    },
    "share_cta": {
        "km": ["ចែករំលែកឲ្យបានច្រើនមុនពេលគេលុប!", "សូមចែករំលែកបន្ត ដើម្បីជួយអ្នកដទៃ។", "ចែករំលែកជាបន្ទាន់!",
               "កុំទុកតែម្នាក់ឯង ចែករំលែកទៅ!", "ចែកឲ្យគ្រួសារអ្នកដឹងផង។", "", "ចែករំលែកមុនគេលុបចោល។"],
        "mx": ["Share ឲ្យបានច្រើនមុនគេលុប!", "សូម share បន្ត!!", "Share ទៅក្រុមគ្រួសារ", "like & share ផង",
               "share មុនគេ delete!", ""],
        "en": ["Share before it's deleted!", "Share with your family now.", "Please share, they will delete this.",
               "Copy and paste, don't just share.", "Forward to 10 groups.", "", "SHARE SHARE SHARE!!"],
        "lt": ["share oy ban chreun mun ke lub!", "share tov bong oun", "share pong kom tuk mnak eng",
               "share mun ke delete", "share oy krusa deng pong", ""],
    },
    "link": {
        "en": ["bit.ly/kh-aid2025", "tinyurl.com/free-cash-kh", "cambodia-gov-support.top", "t.me/free_money_kh",
               "khmer-gift.xyz/claim", "moh-kh.info/register", "gov-kh-subsidy.click", "wa.me/85592000111"],
    },
    "team": {
        "km": ["ក្រុមជម្រើសជាតិ", "ភ្នំពេញក្រោន", "វិសាខា", "បឹងកេត", "ស្វាយរៀង", "អង្គរតាយហ្គ័រ"],
        "en": ["the national team", "Phnom Penh Crown", "Visakha", "Boeung Ket", "Svay Rieng FC",
               "Angkor Tiger", "Man United", "Arsenal", "Liverpool", "Real Madrid"],
        "lt": ["krom chomreus cheat", "crown", "visakha", "boeung ket", "man u", "arsenal", "liverpool", "barca"],
    },
    "rival": {
        "km": ["ថៃ", "វៀតណាម", "ឡាវ", "ម៉ាឡេស៊ី", "ឥណ្ឌូនេស៊ី"],
        "en": ["Thailand", "Vietnam", "Laos", "Malaysia", "Indonesia", "Chelsea", "Man City"],
        "lt": ["thai", "vietnam", "lao", "malay", "chelsea", "man city"],
    },
    "food": {
        "km": ["នំបញ្ចុក", "បាយសាច់ជ្រូក", "អាម៉ុក", "គុយទាវ", "សម្លកកូរ", "ឡុកឡាក់", "នំបុ័ងសាច់", "ក្ដាមកែប",
               "បង្កងអាំង", "ប្រហុកខ្ទិះ"],
        "en": ["num banh chok", "bai sach chrouk", "fish amok", "kuy teav", "samlor korko", "lok lak",
               "num pang", "Kep crab", "grilled prawns", "prahok ktis"],
        "lt": ["num banh chok", "bay sach chrouk", "amok", "kuy teav", "samlor korko", "lok lak", "num pang",
               "kdam kep", "bongkong ang"],
    },
    "emo_angry": {"en": ["😡", "🤬", "", "!!", "😤"], "km": ["😡", "🤬", "", "!!", "😤"]},
    "emo_happy": {"en": ["😍", "🥰", "", "😋", "🙏", "❤️", "👍"], "km": ["😍", "🥰", "", "😋", "🙏", "❤️", "👍"]},
    "emo_laugh": {"en": ["😂", "🤣", "haha", "lol", "", "555"], "km": ["😂", "🤣", "ហាហា", "", "555"],
                  "lt": ["haha", "555", "😂", "kkk", "", "lol"]},
    "bro": {
        "en": ["bro", "man", "dude", "guys", "", "my friend"],
        "km": ["បង", "អូន", "ម៉ោ", "ពួកម៉ាក", "", "បងប្អូន"],
        "lt": ["bro", "bong", "oun", "pouk mak", "ah", "mit"],
    },
    "hotline": {
        "en": ["1280", "117", "115", "the Child Helpline 1280", "police hotline 117"],
        "km": ["១២៨០", "117", "115", "ខ្សែទូរស័ព្ទជំនួយកុមារ ១២៨០", "ប៉ូលិស 117"],
    },
    "platform": {
        "en": ["Facebook", "Telegram", "TikTok", "Messenger", "WhatsApp"],
        "km": ["ហ្វេសប៊ុក", "តេឡេក្រាម", "TikTok", "Messenger", "Facebook"],
    },
    "group": {
        "en": ["a Facebook group", "a Telegram channel", "a TikTok account", "several pages", "a fake page"],
        "km": ["ក្រុមហ្វេសប៊ុកមួយ", "ឆានែលតេឡេក្រាមមួយ", "គណនី TikTok មួយ", "ផេកមួយចំនួន", "ផេកក្លែងក្លាយ"],
        "lt": ["page mouy", "group telegram", "account tiktok", "page kleng kla", "page fake"],
    },
}

# Label-neutral decoration, added to posts of every category alike so that a classifier cannot
# learn "hashtag means fake" or "emoji means benign" from the corpus.
DECORATION_PREFIX: dict[str, list[str]] = {
    "km": ["ចម្លងពីគេ៖", "ចែករំលែកពីមិត្ត៖", "អានមើល៖", "👀", "🇰🇭", "សួស្ដីបងប្អូន", "Repost:", "មើលនេះ"],
    "en": ["Repost:", "Fw:", "From a friend:", "👀", "🇰🇭", "Hi all,", "Copied:", "Saw this today:"],
    "mixed": ["Repost:", "Fw:", "ចម្លងពីគេ៖", "👀", "🇰🇭", "Copy ពី group:", "សួស្ដី all"],
    "km-latn": ["repost:", "fw:", "copy pi ke:", "👀", "🇰🇭", "suosdey bong oun", "merl nis:"],
}
DECORATION_SUFFIX: dict[str, list[str]] = {
    "km": ["#កម្ពុជា", "#ភ្នំពេញ", "#ខ្មែរ", "🇰🇭", "🙏", "👀", "(ចម្លង)", "#{province}"],
    "en": ["#Cambodia", "#PhnomPenh", "#Khmer", "🇰🇭", "🙏", "👀", "(copied)", "#KH", "..."],
    "mixed": ["#Cambodia", "#ខ្មែរ", "#PhnomPenh", "🇰🇭", "🙏", "👀", "(copy)", "#KH"],
    "km-latn": ["#cambodia", "#khmer", "🇰🇭", "🙏", "👀", "(copy)", "#kh", "..."],
}

# Romanized Khmer has no standard spelling: each word has several common chat spellings. The
# generator swaps words for a variant at random so that no single spelling dominates.
LATN_SPELLINGS: dict[str, tuple[str, ...]] = {
    "men": ("mean", "mian"), "mean": ("men",), "jol": ("chol", "jul"), "chol": ("jol",),
    "luy": ("loy", "lui"), "knhom": ("kjom", "knhum", "khnhom", "kh"), "ot": ("ort", "at", "min"),
    "te": ("teh", "de"), "nas": ("nah", "nass", "na"), "bong": ("bang", "bng"), "oun": ("own", "on", "o"),
    "jg": ("jong", "chong", "chg"), "tov": ("tv", "dov", "tow"), "hz": ("hoy", "hery", "hx", "huy"),
    "mok": ("mk", "mork"), "nis": ("nih", "ni", "nes"), "kmean": ("kmeen", "k'mean", "kman"),
    "chea": ("jea", "chia"), "ey": ("avey", "ai", "ei"), "nov": ("nou", "nv"), "srolanh": ("srolan", "slanh"),
    "pit": ("pet", "pith"), "ptes": ("pteah", "ptas"), "eng": ("aeng", "ung"), "yeung": ("yerng", "yg"),
    "thngai": ("tgai", "tngai"), "sa'ek": ("saek", "sa ek"), "yub": ("yop", "yup"), "merl": ("mel", "meul"),
    "nham": ("nhum", "nyam"), "chnganh": ("chngang", "chnganh nas"), "tinh": ("ting", "tenh"),
    "ban": ("bann", "bn"), "pel": ("pil",), "krup": ("krub", "krob"), "neak": ("nak", "nek"),
    "ponman": ("pon man", "ponmann"), "saat": ("sart", "s'at"), "laor": ("l'or", "lor", "lah"),
    "prab": ("prap", "brab"), "deng": ("dg", "dung"), "kom": ("kum", "kort"), "tha": ("ta", "thaa"),
}
