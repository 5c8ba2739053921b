# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Fake-news themes: fabricated notices, health hoaxes, disaster rumours, scams, doctored quotes,
election falsehoods and chain messages. Every claim here is invented and false on purpose."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = [
    Theme(
        key="fn-ministry-notice",
        fake_news=1,
        slots={"notice": {
            "km": ["បិទសាលារៀនទាំងអស់រយៈពេល ២ សប្ដាហ៍", "ហាមប្រជាពលរដ្ឋចេញពីផ្ទះក្រោយម៉ោង ៩ យប់",
                   "ផ្ដល់ប្រាក់ឧបត្ថម្ភ {money} ដល់គ្រួសារនីមួយៗ", "ពិន័យ {money} លើអ្នកមិនចុះឈ្មោះស៊ីមកាត",
                   "ប្ដូរអត្តសញ្ញាណប័ណ្ណទាំងអស់ មុនចុងខែនេះ", "លុបចោលការប្រឡងបាក់ឌុបឆ្នាំនេះ",
                   "ឲ្យឈប់សម្រាកបុណ្យចូលឆ្នាំខ្មែរ ១៥ ថ្ងៃ", "ដំឡើងប្រាក់ខែកម្មករកាត់ដេរដល់ ៥០០ ដុល្លារ",
                   "បិទព្រំដែនទាំងអស់", "ហាមលក់សាច់ជ្រូកទូទាំងប្រទេស", "បង់ពន្ធលើគណនីហ្វេសប៊ុកម្នាក់ {money}"],
            "en": ["close all schools for two weeks", "ban people from leaving home after 9pm",
                   "pay {money} to every family", "fine anyone {money} who has not re-registered their SIM card",
                   "replace every ID card before the end of the month", "cancel the grade 12 exam this year",
                   "give 15 days off for Khmer New Year", "raise the garment worker wage to $500",
                   "close all border crossings", "ban the sale of pork nationwide",
                   "tax every Facebook account {money} a year"],
            "lt": ["bet sala rien teang ors 2 atit", "ham chenh pi ptes kroy mong 9 yub",
                   "oy luy {money} krup krusa", "pinay {money} bae ot chuh chmous sim",
                   "dor atakasanobat thmey teang ors", "lub chol bak dub chnam nis",
                   "oy chhob chol chnam 15 thngai", "dom laeng prak khae kammakor 500$", "bet prumden teang ors",
                   "ham luk sach chrouk", "yok pon facebook {money}"],
        }},
        templates={
            "km": [
                "{urgent} {ministry}បានចេញសេចក្ដីជូនដំណឹងថា នឹង{notice} ចាប់ពី{time}។ {share_cta}",
                "សេចក្ដីជូនដំណឹងផ្លូវការ៖ {official}ប្រកាសថា រាជរដ្ឋាភិបាលនឹង{notice}។ អ្នកមិនគោរពនឹងត្រូវពិន័យ។ {share_cta}",
                "ឯកសារលេចធ្លាយពី{ministry}៖ នឹង{notice} ដោយចាប់ផ្ដើមពីខេត្ត{province}មុន។ ទូរទស្សន៍មិនហ៊ានផ្សាយទេ {share_cta}",
                "ដឹងហើយឬនៅ? ចាប់ពី{time} {ministry}នឹង{notice}។ បងប្អូនត្រៀមខ្លួនផង {share_cta}",
                "ប្អូនប្រុសខ្ញុំធ្វើការនៅ{ministry} ប្រាប់ថាគេនឹង{notice}។ ខ្ញុំប្រាប់តែអ្នកដែលខ្ញុំស្រឡាញ់ប៉ុណ្ណោះ។",
                "📢 ប្រកាសលេខ ០៣៧ ស.ជ.ណ៖ ដោយមានការណែនាំពី{official} {ministry}នឹង{notice}។ ត្រាក្រសួងមានភ្ជាប់ខាងក្រោម។",
            ],
            "en": [
                "{urgent} The {ministry} has announced it will {notice} starting {time}. {share_cta}",
                "Official notice: {official} says the government will {notice}. Anyone who ignores it will be fined. {share_cta}",
                "Leaked document from the {ministry}: from {time} they will {notice}, starting in {province}. "
                "TV won't report it because they don't want panic. {share_cta}",
                "{official} just confirmed in a closed meeting that the government will {notice}. The media is hiding it {emo_angry} {share_cta}",
                "My brother works at the {ministry} and says they will {notice}. Only telling people I care about.",
                "📢 Notice No. 037: on the instruction of {official}, the {ministry} will {notice}. Stamped letter attached below.",
            ],
            "mixed": [
                "{urgent} {ministry} ប្រកាស official ថានឹង{notice} ចាប់ពី{time} 📢 {share_cta}",
                "Notice ថ្មីពី{ministry}៖ នឹង{notice} 😱 អ្នកណាមិនទាន់ដឹង សូម share!!",
                "ទើបតែ leak ពី group admin ក្រសួង៖ {notice}។ Screenshot ទុកសិន {share_cta}",
            ],
            "km-latn": [
                "{urgent} {ministry} prokas tha nung {notice} chab pi {time}. {share_cta}",
                "bong oun deng ot? rodthaphibal nung {notice} hz, {share_cta}",
                "leak pi {ministry}: {notice}. ke min torn prokas te, {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-health-hoax",
        fake_news=1,
        templates={
            "km": [
                "វេជ្ជបណ្ឌិតជប៉ុនបានរកឃើញថា {cure} អាចព្យាបាល{disease}បានជាសះស្បើយក្នុង ៣ ថ្ងៃ! ពេទ្យមិនចង់ឲ្យអ្នកដឹងទេ។ {share_cta}",
                "{urgent} ផឹក{cure}រៀងរាល់ព្រឹក {disease}នឹងបាត់ទាំងស្រុង មិនបាច់ទៅពេទ្យទេ។ {share_cta}",
                "ក្រុមគ្រូពេទ្យបញ្ជាក់ថា {disease}ឆ្លងតាមខ្យល់ពី{province}ហើយ បិទបង្អួចឲ្យជិត ហើយផឹក{cure}។ {share_cta}",
                "ម្ដាយខ្ញុំជា{disease}អស់ ១០ ឆ្នាំ ឥឡូវជាដោយសារ{cure}តែប៉ុណ្ណោះ។ ឱសថពេទ្យគឺជាការឆបោក! {share_cta}",
            ],
            "en": [
                "Japanese doctors discovered that {cure} cures {disease} in 3 days! Hospitals don't want you to know. {share_cta}",
                "{urgent} Drink {cure} every morning and {disease} will disappear, no need for a hospital. {share_cta}",
                "Nurse friend in {province} says {disease} now spreads through the air, close your windows and drink {cure}. {share_cta}",
                "My aunt had {disease} for 10 years and {cure} healed her completely. Medicine is a business scam! {share_cta}",
                "Doctors HATE this: {cure} kills the {disease} virus in 15 minutes. {share_cta}",
            ],
            "mixed": [
                "Doctor ជប៉ុនថា {cure} ព្យាបាល {disease} បាន 100% 😱 {share_cta}",
                "ផឹក{cure} រាល់ព្រឹក {disease} បាត់ទាំងស្រុង no need ទៅពេទ្យ 🙏 {share_cta}",
                "Tips សុខភាព៖ {disease} ខ្លាច{cure}ណាស់! Hospital លាក់រឿងនេះ {share_cta}",
            ],
            "km-latn": [
                "pet japan tha {cure} pyeabal {disease} ban 100% knong 3 thngai, {share_cta}",
                "pek {cure} real pruk {disease} bat, ot ach tov pet te. {share_cta}",
                "mak knhom chheu {disease} 10 chnam, ey lov chea del {cure}. thnam pet chea kar chhabok! {share_cta}",
                "{disease} klach {cure} nas, pet ot jg oy yeung deng te, {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-vaccine-hoax",
        fake_news=1,
        slots={"vax_claim": {
            "km": ["មានបន្ទះឈីបតាមដានមនុស្ស", "ធ្វើឲ្យក្មេងស្រីមិនអាចមានកូន", "បណ្ដាលឲ្យស្លាប់ក្នុងរយៈពេល ២ ឆ្នាំ",
                   "ធ្វើឲ្យដៃជាប់មេដែក", "ផ្លាស់ប្ដូរ DNA របស់អ្នក", "មានផ្ទុកមេរោគ HIV"],
            "en": ["contains a tracking microchip", "makes girls infertile", "kills people within two years",
                   "makes your arm magnetic", "changes your DNA", "contains HIV"],
            "lt": ["men chip tam dan", "twer oy kmeng srey ot men kon", "slab knong 2 chnam", "dai job medek",
                   "dor DNA", "men merok HIV"],
        }},
        templates={
            "km": [
                "កុំឲ្យកូនចាក់វ៉ាក់សាំងនៅសាលា! វ៉ាក់សាំងថ្មីនេះ{vax_claim}។ អ្នកជំនាញបរទេសបានបញ្ជាក់ហើយ។ {share_cta}",
                "{urgent} វ៉ាក់សាំង{disease}ដែលចែកនៅខេត្ត{province} {vax_claim}។ {share_cta}",
                "ការពិតដែលគេលាក់៖ វ៉ាក់សាំង{vax_claim}។ អ្នកភូមិខ្ញុំ ៣ នាក់ឈឺធ្ងន់ក្រោយចាក់។ {share_cta}",
            ],
            "en": [
                "Do NOT let your kids get the school vaccine! The new shot {vax_claim}. Foreign experts confirmed it. {share_cta}",
                "{urgent} The {disease} vaccine being given in {province} {vax_claim}. {share_cta}",
                "What they hide from you: the vaccine {vax_claim}. Three people in my village got sick after the jab. {share_cta}",
            ],
            "mixed": [
                "កុំចាក់ vaccine នេះ!! វា{vax_claim} 😡 {share_cta}",
                "Vaccine {disease} នៅ{province} {vax_claim}, expert បរទេសបញ្ជាក់ហើយ {share_cta}",
            ],
            "km-latn": [
                "kom oy kon chak vaccine nov sala, vaccine thmey {vax_claim}. {share_cta}",
                "vaccine nis {vax_claim} pit men, neak phum knhom 3 nak cheu. {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-disaster-rumour",
        fake_news=1,
        templates={
            "km": [
                "{urgent} {disaster}នៅខេត្ត{province} {time}! អ្នករស់នៅក្បែរទន្លេត្រូវរត់ចេញភ្លាម។ រដ្ឋាភិបាលលាក់ព័ត៌មាននេះ។ {share_cta}",
                "មន្ត្រីឧតុនិយមម្នាក់ប្រាប់ខ្ញុំផ្ទាល់ថា {disaster} {time} ហើយ{province}នឹងលិចទាំងស្រុង។ {share_cta}",
                "គ្រូទាយល្បីទាយថា {disaster} នៅ{province} {time}។ ត្រៀមអង្ករ និងទឹកឲ្យហើយ! {share_cta}",
                "វីដេអូពី{province}ឥឡូវនេះ៖ {disaster} មនុស្សស្លាប់រាប់រយនាក់ តែទូរទស្សន៍មិនផ្សាយ។ {share_cta}",
                "ហេតុអ្វីរដ្ឋាភិបាលស្ងៀម? {disaster}នៅ{province}{time} ហើយគ្មាននរណាប្រាប់អ្នកភូមិទេ។ {share_cta}",
            ],
            "en": [
                "{urgent} {disaster} near {province} {time}! Everyone near the river must evacuate now. The government is hiding this. {share_cta}",
                "A friend who works at the weather department told me {disaster} {time} and {province} will be completely underwater. {share_cta}",
                "Famous fortune teller predicts {disaster} in {province} {time}. Stock up rice and water! {share_cta}",
                "Video from {province} right now: {disaster}, hundreds dead, no TV station is reporting it. {share_cta}",
            ],
            "mixed": [
                "{urgent} {disaster} នៅ{province} {time}!! Evacuate ឥឡូវ {share_cta}",
                "Video live ពី{province}៖ {disaster} ស្លាប់រាប់រយនាក់ TV មិនផ្សាយ 😱 {share_cta}",
                "Update អាកាសធាតុ៖ {disaster} {time} {province} នឹងលិចទាំងអស់ {share_cta}",
            ],
            "km-latn": [
                "{urgent} {disaster} nov {province} {time}, rot chenh pel nis! {share_cta}",
                "mit knhom tver kar krasuong tek tha {disaster} {time}, {province} lich teang ors. {share_cta}",
                "video pi {province}: {disaster}, slab ran roy nak, TV ot chak te. {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-scam-giveaway",
        fake_news=1,
        weight=1.3,
        templates={
            "km": [
                "🎉 {bank} ខួបលើកទី ២០ ផ្ដល់ {money} ឥតគិតថ្លៃដល់អតិថិជនទាំងអស់! ចុចលីង {link} ហើយបញ្ចូលលេខកាត និង PIN ដើម្បីទទួល។",
                "រាជរដ្ឋាភិបាលផ្ដល់ប្រាក់ឧបត្ថម្ភ {money} ជូនគ្រួសារក្រីក្រ។ ចុះឈ្មោះតាមលីង {link} មុន{time}។ {share_cta}",
                "អបអរសាទរ! លេខទូរស័ព្ទរបស់អ្នកឈ្នះរង្វាន់ {money} ពី{bank}។ ផ្ញើលេខកូដ OTP មកលេខនេះដើម្បីទទួលប្រាក់។",
                "ចែកលុយ {money} ក្នុងឱកាសបុណ្យចូលឆ្នាំ! Like ផេក រួច comment លេខគណនី {bank} របស់អ្នក។",
                "ខ្ញុំទើបតែទទួលបាន {money} ពិតៗ ពីកម្មវិធីរបស់{bank}! គ្រាន់តែចុះឈ្មោះតាម {link} ប្រញាប់ឡើង សល់តែ ១០០ កន្លែងទៀត។",
                "កម្មវិធីជំនួយកម្មករកាត់ដេរ៖ ទទួល {money} ភ្លាមៗ បញ្ចូលលេខអត្តសញ្ញាណប័ណ្ណ និងលេខកូដ OTP នៅ {link}។",
            ],
            "en": [
                "🎉 {bank} is celebrating 20 years: {money} FREE for every customer! Click {link} and enter your card number and PIN to claim.",
                "The government is giving {money} to every poor family. Register at {link} before {time}. {share_cta}",
                "Congratulations! Your number won {money} from {bank}. Send the OTP code you receive to claim your prize.",
                "Khmer New Year giveaway: {money} for the first 1,000 people! Like the page and comment your {bank} account number.",
                "Invest {money} today with {bank} VIP and get 10x back in one week, guaranteed. Only {time}. Inbox me.",
                "I really just received {money} from the {bank} programme! Register at {link}, hurry, only 100 places left.",
                "Garment worker relief fund: get {money} instantly, enter your ID number and OTP at {link}.",
            ],
            "mixed": [
                "{bank} ចែក {money} FREE!! ចុច link {link} ហើយបញ្ចូល PIN ដើម្បី claim 🎁",
                "Register ទទួល {money} ពីរដ្ឋាភិបាល 👉 {link} ផុតកំណត់{time} {share_cta}",
                "អ្នកឈ្នះ {money} ពី {bank}! សូមផ្ញើ OTP code មក inbox ដើម្បីទទួល 🎉",
                "Giveaway ចូលឆ្នាំ {money} 🧧 like page + comment លេខ account {bank}",
            ],
            "km-latn": [
                "{bank} chek luy {money} free! chuch link {link} rouch dak PIN del claim",
                "neak na kmean luy jol link nis {link} chuh chmous yok {money} pi rodthaphibal, {share_cta}",
                "bong oun jg ban {money} ot? jol link {link} dak lek kat nirng PIN, mean luy plam",
                "lek phone bong chneah {money} pi {bank}, pheu OTP mok inbox del yok luy",
            ],
        },
    ),
    Theme(
        key="fn-job-scam",
        fake_news=1,
        slots={"job": {
            "km": ["ការងារវាយអក្សរនៅផ្ទះ", "ការងារនៅកាស៊ីណូនៅថៃ", "ការងារ online ចុច like",
                   "ការងារនៅក្រុមហ៊ុនបរទេសនៅព្រះសីហនុ", "ការងារបម្រើភ្ញៀវនៅម៉ាឡេស៊ី"],
            "en": ["typing jobs from home", "casino jobs in Thailand", "online jobs clicking likes",
                   "jobs at a foreign company in Sihanoukville", "hotel jobs in Malaysia"],
            "lt": ["kangea vay aksor nov ptes", "kangea casino nov thai", "kangea online chuch like",
                   "kangea nov kompong som", "kangea nov malay"],
        }},
        templates={
            "km": [
                "ត្រូវការបុគ្គលិកបន្ទាន់! {job} ប្រាក់ខែ ១៥០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍ មិនត្រូវការសញ្ញាបត្រ។ បង់ថ្លៃចុះឈ្មោះ {money} តាម{bank}។",
                "{job} រកបាន {money} ក្នុងមួយថ្ងៃ! ក្រសួងការងារបានអនុញ្ញាតហើយ។ ទាក់ទងតាម Telegram ឥឡូវនេះ។",
            ],
            "en": [
                "Hiring urgently! {job}, salary $1,500, no experience or degree needed. Pay a {money} registration fee via {bank}.",
                "{job}: earn {money} a day! Approved by the Ministry of Labour. Message us on Telegram now, only 20 places left.",
            ],
            "mixed": [
                "Hiring!! {job} salary $1500/ខែ no experience 👉 inbox ឥឡូវ បង់ fee {money}",
                "{job} រកបាន {money}/ថ្ងៃ ✅ ក្រសួងអនុញ្ញាត ✅ DM Telegram",
            ],
            "km-latn": [
                "tro ka bokolik {job}, prak khae 1500$, ot tro ka bod pisaot. bong luy chuh chmous {money} sen",
                "{job} rok ban {money} knong 1 thngai, inbox telegram pel nis bong",
            ],
        },
    ),
    Theme(
        key="fn-doctored-quote",
        fake_news=1,
        slots={"quote": {
            "km": ["ប្រជាជនក្រីក្រគឺដោយសារតែខ្ជិល", "កម្មករកាត់ដេរមិនចាំបាច់ឡើងប្រាក់ខែទេ",
                   "ខេត្ត{province}នឹងត្រូវលក់ឲ្យបរទេស", "អ្នកប្រើហ្វេសប៊ុកទាំងអស់នឹងត្រូវចាប់ខ្លួន",
                   "សិស្សមិនចាំបាច់រៀនភាសាខ្មែរទៀតទេ", "ប្រាក់រៀលនឹងត្រូវលុបចោលឆ្នាំក្រោយ"],
            "en": ["poor people are poor because they are lazy", "garment workers do not need a pay rise",
                   "{province} will be sold to a foreign company", "all Facebook users will be arrested",
                   "students no longer need to study Khmer", "the riel will be abolished next year"],
            "lt": ["neak kro kro del khjel", "kammakor ot chambach dom laeng prak khae",
                   "{province} nung luk oy barotes", "neak pro facebook nung tro chab",
                   "sis min chambach rien khmer", "luy riel nung lub chol chnam kroy"],
        }},
        templates={
            "km": [
                "{official}និយាយថា «{quote}»។ តើបងប្អូនយល់យ៉ាងណា? {share_cta}",
                "សម្ដីពិតរបស់{official}ក្នុងកិច្ចប្រជុំបិទទ្វារ៖ «{quote}»។ មើលរូបថតអេក្រង់ខាងក្រោម។ {share_cta}",
                "ទើបតែឮពីវិទ្យុ៖ {official} ប្រកាសថា «{quote}»។ {share_cta}",
            ],
            "en": [
                "{official} said today: \"{quote}\". What do you think? {share_cta}",
                "Screenshot of what {official} said in a closed-door meeting: \"{quote}\". {share_cta}",
                "EXPOSED: {official} admits \"{quote}\" in a leaked audio clip {emo_angry} {share_cta}",
            ],
            "mixed": [
                "{official} និយាយថា \"{quote}\" 😡 Screenshot មានហើយ {share_cta}",
                "Leaked audio: {official} ថា «{quote}» share ឲ្យពិភពលោកដឹង!!",
            ],
            "km-latn": [
                "{official} niyeay tha \"{quote}\", bong oun yol yang mec? {share_cta}",
                "leak audio: {official} tha {quote}. {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-election",
        fake_news=1,
        slots={"vote_claim": {
            "km": ["ការបោះឆ្នោតត្រូវបានពន្យារពេលមួយសប្ដាហ៍", "អាចបោះឆ្នោតតាមសារ SMS បានហើយ",
                   "សន្លឹកឆ្នោតត្រូវបានគូសរួចហើយមុនថ្ងៃបោះឆ្នោត", "អ្នកដែលមានអត្តសញ្ញាណប័ណ្ណចាស់មិនអាចបោះឆ្នោតបានទេ",
                   "អ្នកមិនទៅបោះឆ្នោតនឹងត្រូវដកហូតដី", "ការិយាល័យបោះឆ្នោតនៅ{province}ត្រូវបានប្ដូរទៅវត្តផ្សេង"],
            "en": ["voting day has been postponed by one week", "you can now vote by SMS",
                   "the ballots were already marked before election day",
                   "anyone with an old ID card cannot vote", "people who do not vote will lose their land",
                   "polling stations in {province} have moved to a different pagoda"],
            "lt": ["pel bos chnaot pon yea mouy atit", "ach bos chnaot tam SMS ban hz",
                   "sonlek chnaot kous rouch hz", "atakasanobat chas bos chnaot ot ban",
                   "ot tov bos chnaot dak yok dei", "kariyealay bos chnaot nov {province} dor tov wat phsong"],
        }},
        templates={
            "km": [
                "{urgent} គ.ជ.ប បានប្រកាសថា {vote_claim}។ {share_cta}",
                "ដំណឹងសម្ងាត់៖ {vote_claim}។ ប្រាប់ញាតិមិត្តនៅ{province}ផង។ {share_cta}",
                "ខ្ញុំទើបតែដឹងពីមេភូមិថា {vote_claim}។ {share_cta}",
            ],
            "en": [
                "{urgent} The National Election Committee says {vote_claim}. {share_cta}",
                "Inside information: {vote_claim}. Tell your relatives in {province}. {share_cta}",
                "Confirmed by my village chief: {vote_claim}. {share_cta}",
            ],
            "mixed": [
                "NEC ប្រកាសថា {vote_claim} 😱 {share_cta}",
                "Breaking: {vote_claim}!! ប្រាប់គ្នាផង {share_cta}",
            ],
            "km-latn": [
                "NEC prokas tha {vote_claim}, {share_cta}",
                "mephum prab knhom tha {vote_claim}. {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-share-chain",
        fake_news=1,
        slots={"chain": {
            "km": ["ចាប់ពីថ្ងៃស្អែក ហ្វេសប៊ុកនឹងយកលុយពីគណនីទាំងអស់ លុះត្រាតែអ្នកចម្លងសារនេះ",
                   "មានឡានពណ៌សចាប់ក្មេងយកសរីរាង្គនៅ{province}",
                   "ព្រះពុទ្ធរូបនេះបញ្ចេញពន្លឺនៅ{province} អ្នកណាចែករំលែកនឹងមានសំណាង",
                   "ម៉ោង ១២ យប់នេះ កុំប្រើទូរស័ព្ទ វិទ្យុសកម្មពីអវកាសនឹងធ្វើឲ្យស្លាប់",
                   "អ្នកណាមិនចែករំលែក នឹងមានគ្រោះថ្នាក់ក្នុង ៧ ថ្ងៃ",
                   "Messenger នឹងបិទទាំងស្រុង លើកលែងតែអ្នកផ្ញើសារនេះទៅ ២០ នាក់"],
            "en": ["from tomorrow Facebook will charge every account unless you copy this message",
                   "a white van is kidnapping children for their organs in {province}",
                   "this Buddha statue in {province} is glowing, whoever shares it gets luck",
                   "do not use your phone at midnight tonight, radiation from space will kill you",
                   "whoever does not share this will have an accident within 7 days",
                   "Messenger will shut down unless you forward this to 20 people"],
            "lt": ["facebook nung yok luy krup account ber ot copy sar nis",
                   "men lan sor chab kmeng yok sarirang nov {province}",
                   "preah put roup nis phlu nov {province}, neak share men samnang",
                   "mong 12 yub kom pro phone, vityu sakam slab",
                   "neak ot share nung men kroh thnak knong 7 thngai",
                   "messenger nung bet ber ot pheu tov 20 nak"],
        }},
        templates={
            "km": [
                "{chain}។ សូមកុំមើលរំលង! {share_cta}",
                "{urgent} {chain}។ ខ្ញុំមិនដឹងថាពិតឬអត់ទេ ប៉ុន្តែប្រយ័ត្នប្រសើរជាង។ {share_cta}",
                "មិត្តខ្ញុំធ្វើការនៅប៉ូលិសប្រាប់ថា {chain}។ {share_cta}",
            ],
            "en": [
                "{chain}. Don't scroll past this! {share_cta}",
                "{urgent} {chain}. I don't know if it's true but better safe than sorry. {share_cta}",
                "My cousin in the police says {chain}. {share_cta}",
                "Forwarded many times: {chain}. {share_cta}",
            ],
            "mixed": [
                "{chain}!! កុំ scroll រំលង {share_cta}",
                "Forward message៖ {chain}។ Copy paste កុំគ្រាន់តែ share",
            ],
            "km-latn": [
                "{chain}, kom rom long! {share_cta}",
                "ot deng pit ot te tae br'yat pong: {chain}. {share_cta}",
                "mit knhom police tha {chain}, {share_cta}",
            ],
        },
    ),
    Theme(
        key="fn-economy-rumour",
        fake_news=1,
        weight=0.7,
        slots={"econ": {
            "km": ["ធនាគារទាំងអស់នឹងបង្កកប្រាក់បញ្ញើ", "តម្លៃអង្ករនឹងឡើងបីដងនៅខែក្រោយ",
                   "{bank}ជិតក្ស័យធនហើយ ដកលុយចេញឲ្យអស់", "ប្រេងសាំងនឹងអស់ពីប្រទេសក្នុងមួយសប្ដាហ៍",
                   "ក្រដាសប្រាក់ ៥០,០០០ រៀលនឹងលែងប្រើ"],
            "en": ["all banks will freeze deposits", "rice prices will triple next month",
                   "{bank} is about to go bankrupt, withdraw everything", "the country will run out of fuel within a week",
                   "50,000 riel notes will no longer be accepted"],
            "lt": ["tea kear teang ors nung bangkok luy", "tlai ongkor laeng 3 dong khae kroy",
                   "{bank} jit bankrupt hz, dork luy chenh", "preng sang os knong 1 atit", "luy 50000 riel leng pro"],
        }},
        templates={
            "km": ["{urgent} {econ}! ប្រញាប់ទៅដកលុយ ឬទិញទុកមុនគេ។ {share_cta}",
                   "ប្រភពពីធនាគារជាតិ៖ {econ}។ {share_cta}"],
            "en": ["{urgent} {econ}! Go now before everyone else does. {share_cta}",
                   "Source inside the central bank: {econ}. {share_cta}"],
            "mixed": ["{econ}!! ប្រញាប់ទៅ ATM ឥឡូវ {share_cta}", "Insider ធនាគារជាតិ៖ {econ} {share_cta}"],
            "km-latn": ["{econ}! br'nhab tov dork luy, {share_cta}", "neak tver kar tea kear tha {econ}. {share_cta}"],
        },
    ),
    Theme(
        key="fn-ethnic-blame-rumour",
        fake_news=1,
        abuse=("hate",),
        weight=0.6,
        slots={"blamed": {
            "km": ["ពួកយួន", "ពួកចិន", "ពួកចាម"],
            "en": ["the Yuon", "the Chinese", "the Cham"],
            "lt": ["pouk yuon", "pouk chen", "pouk cham"],
        }},
        templates={
            "km": ["{blamed}ដាក់ថ្នាំពុលក្នុងបន្លែនៅផ្សារ{province} ដើម្បីសម្លាប់ខ្មែរ! កុំទិញពីពួកវា។ {share_cta}",
                   "{disease}នៅ{province} គឺ{blamed}ជាអ្នកនាំចូល ពួកវាចង់បំផ្លាញជាតិយើង។ {share_cta}"],
            "en": ["{blamed} are poisoning vegetables at {province} market to kill Khmer people! Don't buy from them. {share_cta}",
                   "The {disease} outbreak in {province} was brought in on purpose by {blamed} to destroy our nation. {share_cta}"],
            "mixed": ["{blamed} ដាក់ថ្នាំពុលក្នុងបន្លែ 😡 boycott ពួកវា!! {share_cta}"],
            "km-latn": ["{blamed} dak thnam pul knong bonle nov psar {province}, kom tinh pi pouk vea! {share_cta}",
                        "{disease} nov {province} chea {blamed} nam chol, {share_cta}"],
        },
    ),
]
