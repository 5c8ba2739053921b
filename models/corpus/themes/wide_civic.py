# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Civic fake news against the posts it is most often confused with.

Positives are fabricated notices (curfews, taxes, fines for posts, bank closures, school calendars,
fuel bans), doctored quotes attributed to officials or celebrities by role, election falsehoods,
fake health alerts, disaster rumours and invented statistics, often calm and matter-of-fact.
Negatives share their topics and vocabulary without inventing facts: harsh political criticism,
real official warnings (some quoting the fake they warn about), ordinary news, family-chat debunks
and genuine announcements that look like notices. Every claim in the positives is false on purpose;
organisations are fictional or generic, officials appear only by role and all people are invented.
All themes live in their own split stratum ("wide2")."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = []

# --- Positives -----------------------------------------------------------------------------------

THEMES.append(Theme(
    key="wv-hw-fake-notice",
    stratum="wide2",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ចាប់ពីយប់ថ្ងៃសុក្រនេះតទៅ រាជធានីភ្នំពេញនឹងដាក់បម្រាមគោចរ ពីម៉ោង ៩ យប់ ដល់ម៉ោង ៥ ព្រឹក។ អ្នកដែលនៅក្រៅផ្ទះក្នុងម៉ោងនោះ នឹងត្រូវឃាត់ខ្លួនភ្លាម។",
            "តើអ្នកដឹងទេថា ចាប់ពីខែនេះ អ្នកណាសរសេរមតិរិះគន់មន្ត្រីលើហ្វេសប៊ុក នឹងត្រូវពិន័យ ២ លានរៀលក្នុងមួយមតិ? ច្បាប់នេះអនុម័តស្ងាត់ៗកាលពីសប្ដាហ៍មុន។",
            "ក្មួយខ្ញុំធ្វើការនៅក្រសួងសេដ្ឋកិច្ច ប្រាប់ថា ពីឆ្នាំក្រោយ គ្រួសារណាមានម៉ូតូលើសពីពីរគ្រឿង ត្រូវបង់ពន្ធបន្ថែម ៥០ ដុល្លារក្នុងមួយគ្រឿងរៀងរាល់ឆ្នាំ។",
            "បញ្ជូនបន្តពី Telegram ឆានែលព័ត៌មានរហ័ស៖ ធនាគារមេគង្គមាស នឹងបិទសាខាទាំងអស់ជាស្ថាពរនៅចុងខែនេះ ហើយអតិថិជនអាចដកបានតែ ២០% នៃប្រាក់បញ្ញើប៉ុណ្ណោះ។",
            "ក្រសួងអប់រំបានប្ដូរប្រតិទិនសិក្សាហើយ៖ ឆ្នាំសិក្សាថ្មីនឹងចាប់ផ្ដើមនៅខែមករាវិញ ហើយវិស្សមកាលធំត្រូវកាត់មកនៅត្រឹមតែ ២ សប្ដាហ៍ប៉ុណ្ណោះ។",
            "ចាប់ពីថ្ងៃទី១៥ ស្ថានីយប្រេងមិនអនុញ្ញាតឲ្យចាក់សាំងដាក់ដប ឬកំប៉ុងទៀតទេ ហើយម៉ូតូមួយគ្រឿងចាក់បានត្រឹម ៣ លីត្រក្នុងមួយថ្ងៃ។",
            "រូបថតអេក្រង់នេះ គឺលិខិតរបស់សាលារាជធានី៖ ហាមលក់ដូរតាមចិញ្ចើមផ្លូវទាំងស្រុងចាប់ពីខែក្រោយ អ្នកលក់ដែលបំពាននឹងត្រូវរឹបអូសទំនិញ និងពិន័យ ១ លានរៀល។",
            "ពន្ធលើផ្ទះសម្បែងនឹងឡើងបីដងនៅឆ្នាំក្រោយ។ ម្ចាស់ផ្ទះដែលមិនបង់ទាន់ពេល នឹងត្រូវរឹបអូសប្លង់ដី។",
            "ម៉ែខ្ញុំឮពីមេភូមិថា អ្នកដែលមានគណនីហ្វេសប៊ុក ត្រូវទៅចុះឈ្មោះនៅប៉ុស្ដិ៍នគរបាលរដ្ឋបាលឃុំមុនចុងខែ បើមិនដូច្នោះទេ គណនីនឹងត្រូវបិទចោល។",
            "ដឹងអត់? ចាប់ពីខែក្រោយ ការផ្ញើសារជាសំឡេងតាម Telegram និង Messenger ត្រូវកាត់លុយ ១០០ រៀលក្នុងមួយសារ តាមការសម្រេចរបស់ក្រសួងទូរគមនាគមន៍។",
            "អាជ្ញាធរខេត្តបាត់ដំបងសម្រេចបិទផ្សារទាំងអស់រៀងរាល់ថ្ងៃអាទិត្យ រយៈពេលមួយខែ ដើម្បីចុះប្រមូលពន្ធពីអ្នកលក់។ អ្នកលក់នៅផ្សារណាត់ដឹងគ្រប់គ្នាហើយ។",
            "សារពីក្រុមគ្រូ៖ បុណ្យភ្ជុំបិណ្ឌឆ្នាំនេះ ត្រូវកាត់មកឈប់តែមួយថ្ងៃ ហើយសិស្សត្រូវមករៀនសងនៅថ្ងៃអាទិត្យ។ ក្រសួងចេញសារាចររួចហើយ។",
        ],
        "en": [
            "Starting this Friday there's a 10pm to 5am curfew in Phnom Penh and Kandal. Anyone outside without a work letter gets taken to the district station. My cousin at the ministry saw the draft.",
            "did you know a new law makes sharing a post that 'insults the nation' a $500 fine per share? it passed last month and nobody is talking about it",
            "Forwarded from a Telegram channel: Mekong Pearl Bank will close all branches on the 28th. Depositors can only take out 30% of their savings, the rest is frozen for 5 years.",
            "Calm reminder for everyone: from 1 March, households pay a new $15 monthly digital tax for every smartphone registered in the family book.",
            "The school year is being moved. Term 1 now starts in January and the long holiday drops to two weeks. The education ministry sent this to principals yesterday.",
            "(photo of a stamped letter) Ministry of Commerce: selling petrol in bottles is banned nationwide from the 1st, roadside sellers face up to 6 months in jail.",
            "Just so you all know, rice exports are suspended and markets will limit sales to 10kg per family starting next week.",
            "The tax department will take 10% of all money sent home by workers in Thailand and Korea from next month. My uncle works in Seoul, his company got the memo.",
            "from next month any motorbike without the new QR number plate gets impounded on the spot. the old plates are void, no grace period",
        ],
        "mixed": [
            "Curfew ម៉ោង 9pm នៅភ្នំពេញ start ថ្ងៃសុក្រនេះ។ Police នឹងឃាត់អ្នកណាដែលគ្មានលិខិតការងារ។ បងជីដូនមួយខ្ញុំធ្វើការនៅក្រសួងមហាផ្ទៃ គាត់ប្រាប់",
            "Fine 1 លានរៀល សម្រាប់ share post ដែលរិះគន់រដ្ឋាភិបាល ច្បាប់ថ្មីចូលជាធរមានហើយ 😶 be careful",
            "Screenshot ពី group Telegram៖ ធនាគារ Mekong Pearl នឹង close ទាំងអស់ អតិថិជនដកបានត្រឹម 30% ប៉ុណ្ណោះ",
            "Calendar ថ្មីពីក្រសួង៖ ឆ្នាំសិក្សាចាប់ផ្ដើមខែមករា holiday ធំនៅសល់តែ 2 weeks. ប្រាប់ parents ផង",
            "ពីខែក្រោយ ban ការលក់សាំងដបទូទាំងប្រទេស ម៉ូតូមួយចាក់បាន max 3 litres ក្នុងមួយថ្ងៃ",
        ],
        "km-latn": [
            "chab pi thngai sok nis mean bomream kochor mong 9 yub dol 5 pruk nov phnom penh, ke chab dak kuk mnus del nov krau ptes",
            "deng ort, ber post ris kun montrey leu fb trov pinei 2 lean riel, chbab thmey oy bros haey",
            "khnhom lu pi bong thlai del tver kar nov krasuong, chnam kroy ptes na mean moto leus 2 trov bong pon 50$ mouy",
            "forward pi telegram: thneakea mekong pearl bet os knong khe nis, dork ban tae 30% tey bang",
            "sala kon nhom prap tha chnam seksa thmey chab pdaem khe makara vinh, vissamakal tom sol tae 2 atit",
            "chab pi ti 15 ot oy chak sang dak dob te, moto mouy chak ban tae 3 litre/thngai, trov chak tuk mun",
            "mae nhom lu pi me phum tha account facebook trov tov chus chhmous nov police khum, at chus ke bet chol",
            "ptes na ot bong pon ptes toan pel, ke rib os plong dei tae mdong. chbab thmey chnam kroy",
            "luy pheu pi thai mok srok trov kat pon 10% hz chab pi khe kroy, bong knhom nov thai ke prap",
        ],
    },
))

THEMES.append(Theme(
    key="wv-hw-fake-quote",
    stratum="wide2",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "រដ្ឋមន្ត្រីក្រសួងពាណិជ្ជកម្មបាននិយាយក្នុងសន្និសីទកាសែតថា «បើប្រជាជនទិញសាច់ជ្រូកមិនកើត ញ៉ាំត្រីងៀតទៅ»។ ឮហើយឈឺចិត្តណាស់។",
            "អភិបាលខេត្តកំពតប្រាប់អ្នកភូមិថា «ដីមាត់សមុទ្រនេះ ខ្ញុំលក់ឲ្យក្រុមហ៊ុនបរទេសរួចហើយ អ្នកណាមិនព្រមចេញ នឹងរុះផ្ទះចោល»។ មានវីដេអូ តែគេលុបបាត់ហើយ។",
            "តារាចម្រៀងស្រីល្បីម្នាក់ បានសរសេរលើទំព័ររបស់នាងថា វ៉ាក់សាំងធ្វើឲ្យនាងរលូតកូន ហើយសុំឲ្យស្ត្រីទាំងអស់កុំចាក់។ នាងលុបវិញភ្លាម តែយើងថតអេក្រង់ទុកបាន។",
            "រដ្ឋមន្ត្រីក្រសួងអប់រំថា គ្រូណាប្រើហ្វេសប៊ុកក្នុងម៉ោងបង្រៀន នឹងត្រូវកាត់ប្រាក់ខែពាក់កណ្ដាល។ លោកនិយាយបែបនេះក្នុងកិច្ចប្រជុំកាលពីម្សិលមិញ។",
            "អភិបាលក្រុងបានប្រកាសថា «រ៉ឺម៉កកង់បីនឹងត្រូវហាមចូលក្នុងក្រុងទាំងស្រុងពីឆ្នាំក្រោយ អ្នកបើកទៅរកការងារផ្សេងទៅ»។",
            "សម្ដីរដ្ឋមន្ត្រីក្រសួងសុខាភិបាល៖ «មន្ទីរពេទ្យរដ្ឋលែងព្យាបាលដោយឥតគិតថ្លៃហើយ ចាប់ពីខែក្រោយ»។ ចុះអ្នកក្រីក្រយើងធ្វើម៉េចទៅ?",
            "ប្រធានគណបក្សប្រឆាំង បានសារភាពក្នុងសំឡេងលេចធ្លាយថា គាត់យកលុយពីបរទេស ដើម្បីបង្កចលាចលនៅពេលបោះឆ្នោត។ ស្ដាប់ឲ្យចប់ទៅដឹងហើយ។",
            "អ្នកចម្រៀងប្រុសល្បីម្នាក់ប្រាប់ក្នុងការផ្សាយផ្ទាល់ថា គាត់ឈប់ច្រៀងហើយ ព្រោះរដ្ឋាភិបាលហាមមិនឲ្យគាត់ច្រៀងបទស្នេហាជាតិទៀត។ ខ្ញុំមើលផ្ទាល់នឹងភ្នែក។",
        ],
        "en": [
            "The Finance Minister literally told reporters 'if rice is too expensive, people should eat less.' Can't believe this is our government.",
            "The governor of Preah Sihanouk said on radio this morning that all Khmer vendors will be moved off the beach to make space for foreign hotels. His exact words: 'locals can sell inland.'",
            "That famous singer admitted on her page that she was paid $20,000 to tell fans the new vaccine is safe. She deleted it after an hour but people screenshotted it.",
            "Quote of the day from the Minister of Labour: 'Garment workers who join a union will lose their jobs, simple as that.' He said it during the factory visit yesterday.",
            "The health minister confirmed hospitals will stop free dengue treatment next month. 'Families must pay their own way,' he said.",
            "Leaked voice note: the opposition leader says his party will burn the ballot boxes unless they win. Listen before it gets taken down.",
        ],
        "mixed": [
            "រដ្ឋមន្ត្រីក្រសួងពាណិជ្ជកម្ម said «អ្នកណាគ្មានលុយទិញសាច់ ញ៉ាំបន្លែទៅ» 😡 quote នេះអាម៉ាស់ណាស់",
            "តារាចម្រៀងល្បី admit ក្នុង Live ថា vaccine ធ្វើឲ្យនាងមិនអាចមានកូន 😳 video ត្រូវបាន delete ហើយ",
            "Governor ខេត្តប្រាប់អ្នកភូមិថា «ដីនេះលក់ឲ្យ company ហើយ ចេញមិនចេញក៏ត្រូវចេញ» ខ្ញុំមិនជឿថាគាត់ហ៊ាននិយាយបែបនេះ",
        ],
        "km-latn": [
            "rothmontrey krasuong panijakam niyeay tha 'ber ot luy tinh sach, nham bonlae tov' 😤 tha pi ptas",
            "aphibal khet prap neak phum tha dei nis luk oy krom hun barotes hoy, ot chenh ke ruh ptes chol. mean video tae ke lub hz",
            "neak chrieng lbey mneak niyeay knong live tha vaccine tver oy nang ot mean kon, nang lub vinh tae ke thot tuk ban",
            "lok rothmontrey op rom tha kru na leng fb knong mong bongrien trov kat luy khe pak kondal, niyeay knong prochum msel minh",
            "som leng lech thlay: me phak prachang sarpheap tha yok luy pi barotes mok tver chlachol pel bos chnaot. sdab mun ke lub",
        ],
    },
))

THEMES.append(Theme(
    key="wv-hw-fake-election",
    stratum="wide2",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ឆ្នាំនេះ គេអនុញ្ញាតឲ្យបោះឆ្នោតតាមសារ SMS បានហើយ។ គ្រាន់តែផ្ញើលេខគណបក្សទៅលេខ ១៥៩៩ ជាការស្រេច មិនបាច់ទៅការិយាល័យបោះឆ្នោតទេ។",
            "ការបោះឆ្នោតឃុំសង្កាត់ត្រូវបានពន្យារពេលទៅឆ្នាំក្រោយហើយ។ មេឃុំខ្ញុំប្រាប់ក្នុងការប្រជុំភូមិព្រឹកនេះ។",
            "សន្លឹកឆ្នោតនៅការិយាល័យលេខ ០៣៤ ត្រូវបានគូសធីកទុកជាមុនរួចហើយ សម្រាប់គណបក្សមួយ។ អ្នកដែលទៅបោះនៅរសៀល គ្មានសន្លឹកស្អាតសល់ទេ។",
            "បើអ្នកមិនទៅបោះឆ្នោតទេ អត្តសញ្ញាណប័ណ្ណនឹងត្រូវបិទ ហើយមិនអាចធ្វើលិខិតឆ្លងដែនបានរយៈពេល ៥ ឆ្នាំ។",
            "ពលករនៅថៃ អាចបោះឆ្នោតតាមអនឡាញបានហើយឆ្នាំនេះ គ្រាន់តែថតរូបអត្តសញ្ញាណប័ណ្ណផ្ញើទៅទំព័រ «ឆ្នោតខ្មែរក្រៅប្រទេស»។",
            "ដឹងទេ? ទឹកខ្មៅលាបម្រាមដៃឆ្នាំនេះ មានបច្ចេកវិទ្យាតាមដានថាអ្នកបោះឲ្យគណបក្សណា។ ពាក់ស្រោមដៃពេលទៅបោះ។",
            "ថ្ងៃបោះឆ្នោតត្រូវបានប្ដូរពីថ្ងៃអាទិត្យ មកថ្ងៃសៅរ៍វិញ ព្រោះត្រូវនឹងថ្ងៃបុណ្យ។ ពូខ្ញុំធ្វើការនៅគណៈកម្មាធិការបោះឆ្នោតខេត្ត គាត់ប្រាប់។",
            "លទ្ធផលបោះឆ្នោតត្រូវបានសម្រេចរួចហើយ តាំងពីមុនថ្ងៃបោះម្ល៉េះ។ បញ្ជីសំឡេងឆ្នោតនៃគ្រប់ការិយាល័យត្រូវបានសរសេរទុកជាមុន។",
            "អ្នកដែលមានឈ្មោះក្នុងបញ្ជីបោះឆ្នោតចាស់ ត្រូវចុះឈ្មោះម្ដងទៀតតាម Telegram bot មុនថ្ងៃទី២០ ទើបអាចបោះបាន។",
        ],
        "en": [
            "You can vote by SMS this year. Text your party number to 1599 and you're done, no need to queue at the polling station.",
            "Commune elections have been postponed to next year. The commune chief announced it at the village meeting this morning.",
            "Ballots at the school polling station in our commune were already ticked before it opened. If you go after lunch there are no clean ones left.",
            "If you skip voting your ID card gets blocked and you can't apply for a passport for five years. That's the new rule.",
            "did you know the ink on your finger can show which party you picked? wear a glove when you vote, seriously",
            "Migrant workers in Thailand can vote online now, just send a photo of your ID card to the page 'Khmer Overseas Vote'.",
        ],
        "mixed": [
            "Vote តាម SMS បានហើយឆ្នាំនេះ 📲 ផ្ញើលេខគណបក្សទៅ 1599 done! មិនបាច់ queue ទេ",
            "Election ឃុំ postpone ទៅឆ្នាំក្រោយហើយ មេឃុំ announce ក្នុង meeting ភូមិព្រឹកមិញ",
            "Ballot នៅ polling station សាលាបឋមសិក្សាយើង tick រួចហើយ មុនបើកទ្វារ 😶 ខ្ញុំឮពីអ្នកសង្កេតការណ៍ម្នាក់",
            "ទឹកខ្មៅលើម្រាមដៃ = tracking chip ដឹងថាយើងបោះឲ្យអ្នកណា. did you know?",
        ],
        "km-latn": [
            "chnam nis bos chnaot tam SMS ban hz, pheu lek phak tov 1599 ches, ot bach tov kariyalai te",
            "bos chnaot khum ponyea pel tov chnam kroy hz, me khum prap knong prochum phum pruk nis",
            "sonlek chnaot nov sala yeung ke kous tik tuk mun haey, tov resel ot sol sonlek saat te",
            "ber at tov bos chnaot, ke bet atasanhaban, tver passport ot ban 5 chnam",
            "tek khmao leu mream dai mean chip tamdan tha yeung bos oy phak na, pak srom dai pel bos",
            "own nov thai bos chnaot online ban, kroan tae thot rup atasanhaban pheu tov page Khmer Overseas Vote",
        ],
    },
))

THEMES.append(Theme(
    key="wv-hw-fake-health",
    stratum="wide2",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "អង្ករម៉ាកផ្កាម្លិះថ្មី ដែលលក់នៅគ្រប់ផ្សារ ត្រូវបានលាយគ្រាប់ប្លាស្ទិក។ កូនខ្ញុំញ៉ាំហើយរាករូសពីរថ្ងៃ។ ក្រសួងដឹងហើយ តែមិនហ៊ានប្រកាស។",
            "មានមេរោគថ្មីមួយកំពុងរាតត្បាតនៅខេត្តព្រៃវែង ស្លាប់ ៤០ នាក់ក្នុងមួយសប្ដាហ៍ហើយ តែអាជ្ញាធរបិទបាំង មិនឲ្យអ្នកសារព័ត៌មានចូល។",
            "វ៉ាក់សាំងដែលចាក់ឲ្យក្មេងស្រីនៅសាលា ធ្វើឲ្យអារកូន។ នេះជាគម្រោងកាត់បន្ថយកំណើនប្រជាជន។ ម្ដាយៗកុំឲ្យកូនចាក់។",
            "ទឹកម៉ាស៊ីនក្នុងក្រុងឥឡូវមានជាតិគីមីពុល ព្រោះរោងចក្រចាក់កាកសំណល់ចូលទន្លេ។ ឈប់ផឹកសិន មន្ទីរពេទ្យពេញដោយអ្នកជំងឺហើយ។",
            "បងស្រីខ្ញុំជាពេទ្យនៅមន្ទីរពេទ្យខេត្ត ប្រាប់ថា គ្រុនឈាមឆ្នាំនេះជាប្រភេទថ្មី ចាក់ថ្នាំអ្វីក៏មិនជា ហើយអ្នកជំងឺស្លាប់ក្នុងរយៈពេល ២៤ ម៉ោង។",
            "ត្រីចេញពីបឹងទន្លេសាបខែនេះ មានមេរោគហូរមកពីខាងលើទន្លេ។ ញ៉ាំហើយជ្រុះសក់ និងខូចថ្លើម។",
            "តាមលិខិតក្រសួងសុខាភិបាល (រូបខាងក្រោម) ស៊ុតមាន់ពីកសិដ្ឋានធំៗទាំងអស់ មានផ្ទុកវីរុសផ្ដាសាយបក្សី ហាមបរិភោគរយៈពេលមួយខែ។",
            "នំបញ្ចុកនៅផ្សារភ្នំពេញភាគច្រើន លាយថ្នាំផូម៉ូលច្រើនជាងកម្រិត ១០ ដង ញ៉ាំរយៈពេលយូរ កើតមហារីកពោះវៀនគ្រប់គ្នា។",
            "ពេទ្យនៅភ្នំពេញរកឃើញហើយថា ការផឹកទឹកក្ដៅលាយទឹកក្រូចឆ្មារ ៣ ដងក្នុងមួយថ្ងៃ ការពារជំងឺគ្រុនឈាមបាន ១០០%។ មិនបាច់ចាក់ថ្នាំបាញ់មូសទេ។",
        ],
        "en": [
            "The new batch of Jasmine Star rice sold in every market is mixed with plastic grains. My son had diarrhoea for two days after eating it.",
            "There's a new virus in Prey Veng that has killed 40 people this week. The authorities are keeping journalists out of the villages.",
            "HPV shots given at school make girls infertile. It's a population control programme, don't sign the consent form.",
            "My sister is a nurse at the provincial hospital. She says this year's dengue is a new strain, no medicine works and people die within a day.",
            "Tonle Sap fish caught this month carry a virus from upstream. Eating it makes your hair fall out, already 300 cases in Siem Reap.",
            "Tap water in Phnom Penh has been contaminated with factory chemicals since last week. Stop drinking it, the hospitals are full.",
        ],
        "mixed": [
            "អង្ករ Jasmine Star លាយ plastic 😱 ពេទ្យ confirm ហើយ ក្មេង ១២ នាក់ចូលមន្ទីរពេទ្យ",
            "Virus ថ្មីនៅព្រៃវែង ស្លាប់ 40 នាក់ហើយ តែគេ hide ព័ត៌មាន 🤐",
            "Vaccine HPV ធ្វើឲ្យក្មេងស្រីអារកូន. research ពីបរទេស prove ហើយ",
        ],
        "km-latn": [
            "angkor mak jasmine star leay plastic, kon khnhom nham hz reak 2 thngai, krasuong deng tae ot prokas",
            "mean merok thmey nov prey veng, slab 40 nak knong 1 atit hz, ke bet bang ot oy ke deng",
            "vaccine del chak oy kmeng srey nov sala tver oy ar kon, kom oy kon chak nah mak mak",
            "bong srey nhom jea pet nov montipet khet, kat tha krun cheam chnam nis jea brapeth thmey, chak thnam ey ka ot chea",
            "tek masin knong krong mean jeati kimi pul, chhob phek sen, montipet penh hoy",
            "trey tonle sap khe nis mean merok, nham hz chrus sok nung khoch thlaem",
        ],
    },
))

THEMES.append(Theme(
    key="wv-hw-fake-disaster-stat",
    stratum="wide2",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ទំនប់វារីអគ្គិសនីនៅខេត្តកោះកុង កំពុងប្រេះហើយ។ អ្នករស់នៅខាងក្រោមទំនប់ មានពេលតែពីរបីថ្ងៃទៀតប៉ុណ្ណោះ។ ខ្ញុំមានមិត្តធ្វើការនៅទីនោះ។",
            "ព្រំដែនកម្ពុជា-ថៃ នឹងបិទទាំងស្រុងចាប់ពីយប់នេះ។ ពលករដែលនៅខាងនោះ មិនអាចត្រឡប់មកវិញបានទេ រហូតដល់ឆ្នាំក្រោយ។",
            "ស្អែកនឹងមានរលកស៊ូណាមិវាយប្រហារឆ្នេរកែប និងកំពត ប្រហែលម៉ោង ១០ ព្រឹក។ អ្នកនៅមាត់សមុទ្រ ត្រូវរត់ឡើងភ្នំ។",
            "៦០% នៃសិស្សវិទ្យាល័យនៅកម្ពុជា ធ្លាប់ប្រើគ្រឿងញៀនយ៉ាងហោចណាស់ម្ដង។ នេះជាតួលេខពីការស្ទង់មតិរបស់ក្រសួងខ្លួនឯង។",
            "ឆ្នាំមុន មានប្រជាជនខ្មែរជាង ២ លាននាក់ ចាកចេញទៅធ្វើការនៅបរទេស ហើយ ៨០% មិនត្រឡប់មកវិញទេ។",
            "ទឹកទន្លេមេគង្គនឹងឡើងខ្ពស់ជាងឆ្នាំ ២០០០ ពីរដង នៅសប្ដាហ៍ក្រោយ ព្រោះគេបើកទ្វារទំនប់នៅខាងលើទាំងអស់ក្នុងពេលតែមួយ។",
            "ភ្នំពេញនឹងលិចទឹកទាំងស្រុងក្នុងរយៈពេល ៥ ឆ្នាំទៀត។ នេះជាការព្យាករណ៍របស់អង្គការសហប្រជាជាតិ ដែលរដ្ឋាភិបាលលាក់មិនប្រាប់។",
            "សារបញ្ជូនបន្ត៖ រញ្ជួយដីកម្រិត ៧ រ៉ិចទ័រ នឹងកើតឡើងនៅខេត្តរតនគិរីយប់នេះ។ អ្នកជំនាញបរទេសបានព្រមានរួចហើយ។",
            "រៀងរាល់ថ្ងៃ មានក្មេងខ្មែរ ៥០០ នាក់ត្រូវគេចាប់ពង្រត់យកទៅលក់នៅបរទេស។ ស្ថិតិនេះលេចធ្លាយចេញពីក្រសួងមហាផ្ទៃ។",
            "ស្ពានថ្មីនៅផ្លូវជាតិលេខ៥ ប្រេះហើយ ប្រហែលជារលំនៅរដូវវស្សានេះ។ វិស្វករម្នាក់ប្រាប់ខ្ញុំផ្ទាល់ តែគេហាមមិនឲ្យនិយាយ។",
        ],
        "en": [
            "The hydro dam in Koh Kong is cracking. Villages downstream have a few days at most. A friend who works there sent me this.",
            "Thai border crossings close completely at midnight tonight. Workers on the other side won't be let back until next year.",
            "Tsunami expected to hit Kep and Kampot tomorrow around 10am. If you live near the coast get to high ground.",
            "60% of Cambodian high school students have tried drugs at least once. That's from the ministry's own survey, which they never published.",
            "Did you know 2 million Cambodians left to work abroad last year and 80% of them never came back?",
            "The Mekong will rise twice as high as the 2000 flood next week because all the upstream dams are opening their gates at once.",
            "Phnom Penh will be completely underwater within five years. That's a UN forecast the government is hiding.",
        ],
        "mixed": [
            "Dam នៅកោះកុងកំពុងប្រេះ 😨 ភូមិខាងក្រោមមានពេល 2-3 ថ្ងៃទៀតប៉ុណ្ណោះ friend ខ្ញុំធ្វើការនៅទីនោះ",
            "Tsunami ស្អែកម៉ោង 10am នៅកែប កំពត។ អ្នកនៅជិត beach រត់ឡើងភ្នំ",
            "Border ថៃបិទ midnight យប់នេះ workers នៅខាងនោះមកវិញមិនបានទេ ដល់ឆ្នាំក្រោយ",
            "Fact: ៦០% សិស្សវិទ្យាល័យធ្លាប់ប្រើគ្រឿងញៀន. survey របស់ក្រសួងខ្លួនឯង តែគេលាក់",
        ],
        "km-latn": [
            "tumnob nov koh kong kompung brees hz, phum khang kraom mean pel 2-3 thngai tiet, mit knhom tver kar nov ti nuh",
            "prom daen thai bet yub nis, kammakor nov khang nuh mok vinh ot ban te dol chnam kroy",
            "saek mean tsunami nov kep kampot mong 10 pruk, neak nov jit samot rot leung phnom",
            "60% sis vityealai tloab prer kreung nhean, survey krasuong phtal tae ke leak",
            "chnam mun khmer 2 lean nak chenh tov tver kar krau srok, 80% ot mok vinh te",
            "tonle mekong nung leung khpos jeang chnam 2000 pi dong atit kroy, ke bok tvea tumnob khang leu teang os",
            "phnom penh nung lich tek teang srung knong 5 chnam, UN prap hz tae rothaphibal leak",
        ],
    },
))

# --- Hard negatives: political criticism ---------------------------------------------------------

THEMES.append(Theme(
    key="wv-hw-crit-policy",
    stratum="wide2",
    neg_kind="political_criticism",
    source="handwritten",
    templates={
        "km": [
            "ផ្លូវចូលភូមិខ្ញុំ គេសន្យាថាចាក់បេតុងតាំងពីបោះឆ្នោតមុន ឥឡូវនៅតែជាភក់ដដែល។ ថវិកាទៅណាអស់? សុំមេឃុំឆ្លើយមកប្រជាជនផង។",
            "ថ្លៃសាំងឡើងរាល់សប្ដាហ៍ ប្រាក់ខែកម្មករនៅដដែល។ ក្រសួងពាណិជ្ជកម្មធ្វើការឲ្យអ្នកណាពិតប្រាកដ? សម្រាប់ខ្ញុំ គោលនយោបាយនេះបរាជ័យទាំងស្រុង។",
            "មន្ត្រីធំៗបើករថយន្តទំនើបតម្លៃរាប់សែនដុល្លារ តែគ្រូបង្រៀននៅស្រុកស្រែ ត្រូវចេញលុយខ្លួនឯងទិញដីស។ នេះហើយដែលគេហៅថាអភិវឌ្ឍន៍?",
            "យើងគាំទ្រអ្នកភូមិមាត់បឹងដែលកំពុងតវ៉ាដីធ្លី។ ក្រុមហ៊ុនចាក់ដីលុបបឹង ហើយផ្ទះអ្នកភូមិលិចទឹករាល់ឆ្នាំ។ សុំអាជ្ញាធរចុះមើលផ្ទាល់ កុំត្រឹមតែចេញសេចក្ដីថ្លែងការណ៍។",
            "ពន្ធលើអ្នកលក់តូចតាចឡើងទៀតហើយ ខណៈក្រុមហ៊ុនធំៗបានលើកលែងពន្ធរាប់ឆ្នាំ។ យុត្តិធម៌នៅឯណា?",
            "ខ្ញុំមិនមែនជាសមាជិកគណបក្សណាទេ តែខ្ញុំហ៊ាននិយាយថា ថវិកាសុខាភិបាលរបស់យើងតិចពេក។ អ្នកជំងឺដេកលើឥដ្ឋនៅមន្ទីរពេទ្យខេត្ត តើនេះជាកិត្តិយសជាតិឬ?",
            "គណបក្សប្រឆាំងក៏មិនល្អជាងប៉ុន្មានដែរ។ ឈ្លោះគ្នាឯងរហូត ហើយភ្លេចប្រជាជនដែលបោះឆ្នោតឲ្យ។ ខ្ញុំអស់ជំនឿលើអ្នកនយោបាយទាំងពីរខាងហើយ។",
            "ញត្តិ៖ យើងជាអ្នករស់នៅក្នុងសង្កាត់នេះ សូមឲ្យសាលាខណ្ឌជួសជុលលូទឹកដែលស្ទះជាង ៣ ឆ្នាំមកហើយ។ សូមចុះឈ្មោះខាងក្រោម យើងនឹងដាក់ជូននៅថ្ងៃចន្ទ។",
            "ផ្លូវដែលទើបចាក់កៅស៊ូកាលពីខែមុន ឥឡូវខូចជារណ្ដៅហើយ មើលរូបខ្លួនឯងទៅ។ អ្នកម៉ៅការនេះ នរណាជាអ្នកជ្រើសរើស? ខ្ញុំចង់ឲ្យគេស៊ើបអង្កេតឲ្យច្បាស់។",
        ],
        "en": [
            "Three years of promises and our road is still mud. Where did the commune budget go? I'd love to see the receipts.",
            "Fuel up again, wages flat again. Whoever runs price policy clearly doesn't ride a motorbike to work.",
            "Officials drive Land Cruisers while rural teachers buy chalk with their own money. Call it development if you want, I call it shameful.",
            "Solidarity with the lake families protesting today. Filling in the lake for a housing project and then blaming residents for the flooding is a joke.",
            "Tax the street vendors, exempt the big developers for a decade. Brilliant economics, truly. 👏",
            "I'm not with any party and I'm sick of both sides. One ignores the poor, the other spends all its energy fighting itself.",
        ],
        "mixed": [
            "Budget ផ្លូវភូមិយើងទៅណាអស់? 3 ឆ្នាំហើយនៅតែភក់ 🙄 transparency please",
            "សាំងឡើង ប្រាក់ខែមិនឡើង. policy នេះ fail ទាំងស្រុង សម្រាប់ខ្ញុំ",
            "Support អ្នកភូមិមាត់បឹងដែលតវ៉ាដីធ្លី ✊ ក្រុមហ៊ុនចាក់ដីលុបបឹង ហើយបន្ទោសអ្នកភូមិ? seriously?",
            "គណបក្សទាំងពីរ same same. ពេលបោះឆ្នោតទើបមកភូមិ ក្រោយមកបាត់ស្រមោល 😒",
        ],
        "km-latn": [
            "plov phum khnhom ke sonya chak beton tang pi bos chnaot mun, ey lov nov tae phok. thavika tov na os? me khum chhleuy mok phg",
            "sang leung reang ral atit, lui khe kammakor nov dodael. krasuong tver kar oy nak na pit prakot?",
            "montrey bok lan tom tom, tae kru nov srok srae trov tinh dei sor nung luy kluon eng. ort khmas tey?",
            "nhom kamtrong neak phum mat boeng del tva dei. krom hun chak dei lub boeng hz bontos neak phum vinh, ot yutethor sos",
            "pon leu neak luk touch touch leung tiet hz, tae krom hun tom ban leuk leng pon chreun chnam. yutethor nov na?",
            "phak teang pi min khos knea te, mok phum tae pel bos chnaot, kroy mok bat sromol 😒",
        ],
    },
))

THEMES.append(Theme(
    key="wv-hw-crit-election-rights",
    stratum="wide2",
    neg_kind="political_criticism",
    source="handwritten",
    templates={
        "km": [
            "ដំណើរការបោះឆ្នោតឆ្នាំនេះ ខ្ញុំមើលទៅមិនសូវស្មើភាពសោះ។ គណបក្សតូចៗស្ទើរតែគ្មានម៉ោងផ្សាយលើទូរទស្សន៍។ យើងគួរទាមទារឲ្យចែកម៉ោងផ្សាយស្មើៗគ្នា។",
            "សេចក្ដីព្រាងច្បាប់ស្ដីពីបទល្មើសបច្ចេកវិទ្យា ធ្វើឲ្យមនុស្សខ្លាចបញ្ចេញមតិ។ ខ្ញុំគិតថាមាត្រាខ្លះទូលាយពេក ហើយគួរតែកែមុនអនុម័ត។",
            "លោកអភិបាលចេញមុខតែពេលកាត់ខ្សែបូ។ ពេលអ្នកភូមិលិចទឹក បាត់មុខស្ងាត់។ ឆ្នាំក្រោយសូមកុំមកសុំសំឡេងយើងទៀត។",
            "គណៈកម្មាធិការបោះឆ្នោតគួរតែបើកចំហបញ្ជីឈ្មោះអ្នកបោះឆ្នោតឲ្យសាធារណជនពិនិត្យ។ ខ្ញុំមិនចោទថាមានការបន្លំទេ តែតម្លាភាពជាសិទ្ធិរបស់យើង។",
            "ទំនប់ធំៗនៅលើទន្លេមេគង្គ ធ្វើឲ្យត្រីយើងកាន់តែតិច។ រដ្ឋាភិបាលគួរនិយាយឲ្យខ្លាំងជាងនេះនៅក្នុងកិច្ចប្រជុំតំបន់ កុំនៅស្ងៀម។",
            "ឲ្យតែរិះគន់ ត្រូវគេចោទថាប្រឆាំងជាតិ។ ខ្ញុំស្រឡាញ់ជាតិ ទើបខ្ញុំហ៊ាននិយាយថាផ្លូវខូច មន្ទីរពេទ្យខ្វះថ្នាំ។",
            "ធ្វើលិខិតឆ្លងដែនម្ដង ត្រូវរង់ចាំជិតមួយខែ ហើយបើចង់បានលឿន ត្រូវមានលុយខាងក្រោយ។ ពុករលួយដល់ឆ្អឹងហើយ។",
            "អរគុណក្រសួងសុខាភិបាលដែលចុះចាក់វ៉ាក់សាំង តែហេតុអីមណ្ឌលសុខភាពនៅឃុំខ្ញុំបិទទ្វាររាល់ថ្ងៃសៅរ៍អាទិត្យ? អ្នកជំងឺមិនឈឺតាមម៉ោងធ្វើការទេ។",
            "ព្រឹកនេះយើងប្រមូលគ្នានៅមុខសាលាខេត្ត ទាមទារឲ្យដោះស្រាយវិវាទដីធ្លីដែលអូសបន្លាយ ៧ ឆ្នាំ។ យើងតវ៉ាដោយសន្តិវិធី យកតែបដា និងទឹកផឹក។",
        ],
        "en": [
            "Equal airtime for all parties shouldn't be a radical demand. The smaller parties barely got a minute on TV this campaign.",
            "The draft cybercrime law is so vague that a meme could land you in trouble. Rewrite the articles on 'false information' before passing it.",
            "Governor shows up for ribbon cuttings, disappears during floods. Next election, don't bother coming to our village for votes.",
            "Publish the voter list for public checking. I'm not saying anyone cheated, I'm saying transparency is cheap and trust is expensive.",
            "Every time someone complains about hospitals they get called unpatriotic. Loving the country means saying the roof leaks.",
            "Passport in two weeks if you pay extra 'coffee money', four weeks if you don't. We all know how it works and we're tired of it.",
        ],
        "mixed": [
            "ច្បាប់ cybercrime ថ្មីនេះ vague ពេក 😬 meme មួយក៏អាចជាប់រឿងបាន. ត្រូវកែមុន pass",
            "Governor មកតែពេល ribbon cutting ពេលទឹកជំនន់អត់ឃើញមុខ 🙃 ឆ្នាំក្រោយកុំមកសុំ vote",
            "Voter list គួរតែ public ឲ្យពិនិត្យ. transparency មិនមែនជាបទល្មើសទេ",
            "រិះគន់ ≠ ប្រឆាំងជាតិ. ស្រឡាញ់ស្រុក ទើបហ៊ាននិយាយថាផ្លូវខូច 🇰🇭",
        ],
        "km-latn": [
            "kar bos chnaot chnam nis phak touch touch ot sov mean mong phsay leu TV te, trov tamtea oy chek mong smer knea",
            "chbab cybercrime thmey nis vague pek, meme mouy ka ach jab reung, trov kae mun anumat",
            "aphibal mok tae pel kat ksae bo, pel tek lich bat muk. chnam kroy kom mok som som leng yeung tiet",
            "ris kun min men prachang cheat te. srolanh srok ban jea hean niyeay tha plov khoch, montipet kvah thnam",
            "tver passport mouy trov cham jit 1 khe, ber chong ban leuan trov mean lui khang kroy. puk roluy dol chhoeng",
            "pruk nis yeung mok chum knea nov muk sala khet tamtea dei thli 7 chnam haey. tva dao santivithi, yok tae bda nung tek",
        ],
    },
))

# --- Hard negatives: official warnings -----------------------------------------------------------

THEMES.append(Theme(
    key="wv-hw-official-warning",
    stratum="wide2",
    neg_kind="official_warning",
    source="handwritten",
    templates={
        "km": [
            "សេចក្ដីជូនដំណឹងពីស្នងការដ្ឋាននគរបាលខេត្ត៖ មានទំព័រហ្វេសប៊ុកក្លែងក្លាយប្រើឡូហ្គោនគរបាល ប្រកាសថា «ពិន័យ ២ លានរៀលលើការរិះគន់តាមអនឡាញ»។ ព័ត៌មាននេះមិនពិតទេ សូមកុំចែករំលែក។",
            "ធនាគារយើងខ្ញុំមិនដែលស្នើសុំលេខ PIN ឬលេខកូដ OTP តាមទូរស័ព្ទ ឬ Telegram ឡើយ។ បើមាននរណាទាក់ទងដោយអះអាងថាជាបុគ្គលិកធនាគារ សូមកាត់ផ្ដាច់ ហើយទូរស័ព្ទមកលេខដែលមាននៅខាងក្រោយកាត។",
            "ការព្រមានពីក្រសួងធនធានទឹក និងឧតុនិយម៖ ពីថ្ងៃទី១២ ដល់ទី១៥ ខេត្តព្រះសីហនុ កំពត និងកោះកុង អាចមានភ្លៀងធ្លាក់ខ្លាំង និងខ្យល់កន្ត្រាក់។ សូមជៀសវាងចេញនេសាទ។",
            "ក្រុមហ៊ុនទូរស័ព្ទសូមជម្រាប៖ សារ SMS ដែលប្រាប់ថា «ស៊ីមរបស់អ្នកនឹងត្រូវបិទក្នុង ២៤ ម៉ោង សូមចុចតំណនេះ» មិនមែនមកពីយើងទេ។ សូមកុំចុច ហើយលុបសារនោះចោល។",
            "ក្រសួងសុខាភិបាលព្រមាន៖ សីតុណ្ហភាពសប្ដាហ៍នេះអាចឡើងដល់ ៤០ អង្សា។ សូមផឹកទឹកឲ្យបានច្រើន ជៀសវាងធ្វើការក្រៅផ្ទះពីម៉ោង ១១ ដល់ ៣ រសៀល ហើយមើលថែមនុស្សចាស់ និងកុមារ។",
            "រដ្ឋបាលរាជធានីជូនដំណឹង៖ ផ្លូវមួយកំណាត់នៅមុខវិមានឯករាជ្យ នឹងបិទចរាចរណ៍ពីម៉ោង ៦ ដល់ ១០ ព្រឹកថ្ងៃអាទិត្យ សម្រាប់កម្មវិធីរត់ប្រណាំង។ សូមប្រើផ្លូវផ្សេង។",
            "កម្ពស់ទឹកទន្លេមេគង្គនៅស្ទឹងត្រែង វាស់បាន ១០,៨ ម៉ែត្រព្រឹកនេះ ជិតដល់កម្រិតប្រកាសអាសន្ន ១១ ម៉ែត្រ។ គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយខេត្ត ស្នើឲ្យអ្នករស់នៅតំបន់ទំនាបត្រៀមខ្លួនជម្លៀស។",
            "ក្រសួងអប់រំសូមបញ្ជាក់ថា លិខិតដែលចែកចាយក្នុង Telegram ដោយអះអាងថា «ឆ្នាំសិក្សាថ្មីចាប់ផ្ដើមខែមករា» គឺជាលិខិតក្លែងក្លាយ។ ប្រតិទិនសិក្សាផ្លូវការ មាននៅលើគេហទំព័ររបស់ក្រសួងតែប៉ុណ្ណោះ។",
            "នគរបាលព្រមាន៖ ក្រុមឆបោកកំពុងតេទៅម្ចាស់ហាង ដោយអះអាងថាជាមន្ត្រីពន្ធដារ ហើយទាមទារឲ្យបង់ «ពន្ធថ្មី» ចូលគណនីផ្ទាល់ខ្លួន។ មន្ត្រីពន្ធដារពិត មិនដែលទារលុយតាមទូរស័ព្ទទេ។",
            "ធនាគារជាតិបញ្ជាក់ថា គ្មានធនាគារពាណិជ្ជណាមួយត្រូវបានបិទនោះទេ។ ព័ត៌មានដែលថា «ដកបានត្រឹម ៣០%» គឺមិនពិត។ សូមកុំភ័យស្លន់ស្លោ ហើយតាមដានព័ត៌មានពីប្រភពផ្លូវការ។",
            "គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត សូមជម្រាបថា ការបោះឆ្នោតធ្វើឡើងតែនៅការិយាល័យបោះឆ្នោតប៉ុណ្ណោះ មិនមានការបោះតាមសារ SMS ឬអនឡាញទេ។ សូមប្រយ័ត្នតំណក្លែងក្លាយ។",
            "ការិយាល័យចរាចរណ៍ខេត្តកណ្ដាល៖ ផ្លូវជាតិលេខ ១ ត្រង់ចំណុចស្ពានថ្មី នឹងបិទមួយចំហៀងរយៈពេល ៣ យប់ ដើម្បីជួសជុល។ សូមបើកបរយឺតៗ និងគោរពសញ្ញាចរាចរណ៍។",
        ],
        "en": [
            "Police notice: a page copying our logo is posting that 'online criticism will be fined 2 million riel'. This is false. Report the page and do not share it.",
            "Reminder from your bank: we will never ask for your PIN or OTP by phone, Telegram or Facebook. If someone claims to be our staff, hang up and call the number on the back of your card.",
            "Weather warning from the meteorology department: heavy rain and strong winds expected along the coast from the 12th to the 15th. Fishing boats should stay in port.",
            "Telco alert: an SMS saying 'your SIM will be blocked in 24h, click here' is NOT from us. Don't click. Delete it.",
            "Heat advisory: temperatures may reach 40°C this week. Drink water, avoid outdoor work from 11am to 3pm, and check on elderly neighbours.",
            "Road closure: the section in front of Independence Monument is closed 6 to 10am Sunday for the charity run. Please use alternative routes.",
            "Mekong level at Stung Treng: 10.8m this morning, alert level is 11m. The provincial disaster committee asks low-lying households to prepare to move.",
            "The Ministry of Education confirms the 'school year starts in January' letter going around Telegram is fake. The official calendar is only on the ministry website.",
            "Scam warning: callers posing as tax officers are phoning shop owners and demanding a 'new tax' paid into personal accounts. The tax department never collects by phone.",
        ],
        "mixed": [
            "⚠️ ធនាគារ reminder: យើងមិនដែលសុំ PIN ឬ OTP តាម phone ឬ Telegram ទេ។ បើមានគេ call អះអាងជា staff សូម hang up",
            "Alert ពីក្រុមហ៊ុនទូរស័ព្ទ៖ SMS «ស៊ីមនឹងត្រូវបិទ click link» = scam. កុំ click លុបចោលទៅ",
            "Heat advisory ពីក្រសួងសុខាភិបាល 🌡️ 40°C សប្ដាហ៍នេះ ផឹកទឹកច្រើន ជៀសវាងនៅក្រៅម៉ោង 11-3",
            "Road closed ថ្ងៃអាទិត្យ 6-10am មុខវិមានឯករាជ្យ សម្រាប់ charity run 🏃 សូមប្រើផ្លូវផ្សេង",
            "គ.ជ.ប confirm៖ vote បានតែនៅការិយាល័យបោះឆ្នោតប៉ុណ្ណោះ. គ្មាន vote តាម SMS ឬ online ទេ ប្រយ័ត្ន link ក្លែងក្លាយ",
        ],
        "km-latn": [
            "police prokas: mean page kleng kleay yok logo police mok post tha 'ris kun online pinei 2 lean', nis ot pit te, kom share",
            "thneakea at del som PIN rer OTP tam phone rer telegram te. ber mean ke call tha jea bokelik thneakea, kat chol tov",
            "krasuong tonton tek prokas: thngai 12 dol 15 mean phlieng klang nung khyol klang nov mat samot, kom chenh nesat",
            "SMS tha 'sim nung trov bet knong 24 mong, chuch link nis' min men mok pi krom hun te, kom chuch, lub chol",
            "krasuong sokhaphibal prayat: atit nis kdao dol 40 angsa, phek tek oy chreun, kom tver kar krau mong 11 dol 3 resel",
            "thngai atit plov muk vimean ekareach bet mong 6 dol 10 pruk, mean kar rot pronang, som prer plov pseng",
            "kompos tek mekong nov stung treng 10.8m pruk nis, kamrit prokas asann 11m. neak nov tumbon tumneab trov triem kluon",
            "krasuong op rom bonjeak tha lekhet 'chnam seksa chab khe makara' nov telegram jea lekhet kleng kleay. merl tae website krasuong",
            "police prayat: krom bok kompung call tov mchas hang tha jea montrey pon, tamtea bong 'pon thmey' chol account kluon eng. pon pit ot del tar luy tam phone te",
        ],
    },
))

# --- Hard negatives: news reports ----------------------------------------------------------------

THEMES.append(Theme(
    key="wv-hw-news",
    stratum="wide2",
    neg_kind="news_report",
    source="handwritten",
    templates={
        "km": [
            "រដ្ឋសភាបានអនុម័តថវិកាជាតិសម្រាប់ឆ្នាំក្រោយ កាលពីថ្ងៃអង្គារ ដោយវិស័យអប់រំ និងសុខាភិបាល ទទួលបានការកើនឡើងបន្តិចធៀបនឹងឆ្នាំនេះ។ អ្នកវិភាគខ្លះថា ការកើនឡើងនេះនៅតែតិច។",
            "មន្ទីរសុខាភិបាលខេត្តបានរាយការណ៍ថា ចាប់ពីដើមឆ្នាំមក មានករណីគ្រុនឈាមជាង ៣០០ ករណី កើនឡើងធៀបនឹងរយៈពេលដូចគ្នាឆ្នាំមុន។ មន្ត្រីស្នើឲ្យប្រជាពលរដ្ឋសម្អាតអាងទឹកនៅជុំវិញផ្ទះ។",
            "ក្រុមវិស្វករបានចុះត្រួតពិនិត្យទំនប់មួយនៅខេត្តពោធិ៍សាត់ បន្ទាប់ពីអ្នកភូមិបង្ហោះរូបស្នាមប្រេះ។ លទ្ធផលនឹងប្រកាសនៅសប្ដាហ៍ក្រោយ។",
            "នគរបាលកំពុងស៊ើបអង្កេតរកប្រភពនៃលិខិតក្លែងក្លាយ ដែលអះអាងថាមានបម្រាមគោចរនៅភ្នំពេញ។ មន្ត្រីនាំពាក្យបាននិយាយថា មិនមានការសម្រេចបែបនេះទេ។",
            "គណៈកម្មាធិការបោះឆ្នោតបានបិទផ្សាយបញ្ជីឈ្មោះអ្នកបោះឆ្នោតបណ្ដោះអាសន្ន នៅតាមសាលាឃុំសង្កាត់ ដើម្បីឲ្យប្រជាពលរដ្ឋពិនិត្យ និងស្នើកែតម្រូវបើមានកំហុស។",
            "តម្លៃប្រេងសាំងបានកើនឡើង ២០០ រៀលក្នុងមួយលីត្រ ក្នុងសប្ដាហ៍នេះ តាមការកំណត់របស់ក្រសួងពាណិជ្ជកម្ម ដែលកែសម្រួលតម្លៃរៀងរាល់ ១០ ថ្ងៃម្ដង។",
            "អ្នកភូមិប្រមាណ ២០០ គ្រួសារ បានធ្វើដំណើរមកដាក់ញត្តិនៅមុខក្រសួងរៀបចំដែនដី ទាក់ទងនឹងវិវាទដីធ្លីជាមួយក្រុមហ៊ុនឯកជនមួយ។",
            "ក្រសួងកសិកម្មបញ្ជាក់ថា កំពុងយកសំណាកអង្ករពីផ្សារមួយចំនួនទៅវិភាគ បន្ទាប់ពីមានវីដេអូអះអាងថាអង្ករលាយប្លាស្ទិក។ លទ្ធផលបឋមមិនទាន់រកឃើញអ្វីមិនប្រក្រតីទេ។",
            "ច្រកព្រំដែនអន្តរជាតិប៉ោយប៉ែតនៅតែបើកធម្មតា បើតាមមន្ត្រីអន្តោប្រវេសន៍ ខណៈមានពាក្យចចាមអារ៉ាមថានឹងបិទ។ ពលករជាច្រើនធ្វើដំណើរឆ្លងកាត់ដូចសព្វដង។",
            "ក្រសួងអប់រំបានប្រកាសកាលបរិច្ឆេទប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិ ហើយបញ្ជាក់ថាការប្រឡងនឹងរៀបចំតាមទម្រង់ដូចឆ្នាំមុនៗ។",
        ],
        "en": [
            "Parliament passed next year's national budget on Tuesday, with small increases for education and health. Some analysts say the rise is still too low.",
            "The provincial health department reported more than 300 dengue cases since January, up on the same period last year, and urged residents to empty standing water.",
            "Engineers inspected a reservoir dam in Pursat after villagers posted photos of cracks. Officials said there is no immediate risk and results are due next week.",
            "Police are investigating who created a fake letter claiming a curfew in Phnom Penh. A spokesperson said no such decision exists.",
            "Provisional voter lists are now posted at commune halls so residents can check their names and request corrections before the deadline.",
            "About 200 families travelled to the land ministry to submit a petition over a long-running dispute with a private company.",
            "The agriculture ministry is testing rice samples from several markets after a viral video claimed plastic rice. Early results found nothing abnormal.",
            "Poipet border crossing remains open as usual, immigration officials said, after rumours it would close overnight.",
        ],
        "mixed": [
            "ថវិកាជាតិឆ្នាំក្រោយ pass ហើយនៅរដ្ឋសភា 📊 education និង health ឡើងបន្តិច អ្នកវិភាគខ្លះថានៅតិច",
            "Update គ្រុនឈាម៖ ខេត្តយើងមាន 300+ cases តាំងពីដើមឆ្នាំ មន្ទីរសុខាភិបាលស្នើឲ្យសម្អាតអាងទឹកជុំវិញផ្ទះ",
            "Police កំពុង investigate លិខិត fake ស្ដីពី curfew នៅភ្នំពេញ. spokesperson ថាគ្មានការសម្រេចបែបនេះទេ",
            "វិស្វករចុះ inspect ទំនប់នៅពោធិ៍សាត់ ក្រោយអ្នកភូមិ post រូបស្នាមប្រេះ. result នឹងចេញសប្ដាហ៍ក្រោយ",
        ],
        "km-latn": [
            "rotsaphea anumat thavika chnam kroy hz, op rom nung sokhaphibal leung bontech, neak vipheak khlah tha nov tech",
            "montir sokhaphibal khet tha mean krun cheam leus 300 karanei tang pi doem chnam, som oy samat ang tek jumvinh ptes",
            "visvakor chus pinit tumnob nov pursat kroy neak phum post rup snam brees, lotphol nung chenh atit kroy",
            "police kompung seub ongket lekhet kleng kleay tha mean bomream kochor nov phnom penh, ke tha ort mean tey",
            "banhchi chhmous neak bos chnaot bet phsay nov sala khum hz, tov pinit chhmous kluon eng mun phut kamnot",
            "neak phum prohel 200 krusa mok dak nhatte nov muk krasuong dei thli, vivath jea mouy krom hun ekchon",
            "krasuong kasekam yok samnak angkor pi psar tov vipheak kroy video tha angkor leay plastic, lotphol dambong ot khernh ey te",
            "chrak prom daen poipet nov bok thommada, montrey ontaprovesn tha, tae ke lbeuy tha nung bet",
        ],
    },
))

# --- Hard negatives: family-chat and comment debunks ---------------------------------------------

THEMES.append(Theme(
    key="wv-hw-fact-check",
    stratum="wide2",
    neg_kind="fact_check",
    source="handwritten",
    templates={
        "km": [
            "ម៉ាក់ មិនពិតទេ! ធនាគារមិនបានបិទទេ ខ្ញុំទើបតែដកលុយនៅ ATM មិញ។ រូបលិខិតនោះ គេកាត់តរៀបចំទេ។",
            "ពូ កុំផ្ញើសារនោះបន្តទៀត។ គណៈកម្មាធិការបោះឆ្នោតបញ្ជាក់ហើយថា គ្មានការបោះឆ្នោតតាម SMS ទេ។ ទៅបោះនៅការិយាល័យដូចធម្មតា។",
            "រឿងស៊ូណាមិស្អែកនោះ ក្រសួងឧតុនិយមថាគ្មានទេ។ គ្មាននរណាអាចដឹងមុនមួយថ្ងៃថានឹងមានស៊ូណាមិនោះទេ។",
            "ឆ្លើយមតិខាងលើ៖ សម្ដីដែលថារដ្ឋមន្ត្រីនិយាយ «ញ៉ាំត្រីងៀតទៅ» នោះ ខ្ញុំមើលវីដេអូសន្និសីទពេញលេញហើយ គ្មានទេ។ កុំជឿតែចំណងជើង។",
            "វ៉ាក់សាំង HPV មិនធ្វើឲ្យអារកូនទេបង។ ក្មួយខ្ញុំជាពេទ្យ គាត់ថាវាការពារមហារីកមាត់ស្បូន ហើយគេប្រើនៅប្រទេសរាប់សិប។",
            "គ្មានច្បាប់ណាពិន័យ ២ លានរៀលលើការសរសេរមតិទេ។ នគរបាលខេត្តចេញសេចក្ដីបំភ្លឺហើយ ថាជាទំព័រក្លែងក្លាយ។",
            "អង្ករលាយប្លាស្ទិក? ប្អូនសាកដុតមើលហើយ វាឆេះដូចអង្ករធម្មតា។ ក្រសួងកសិកម្មក៏ថាតេស្តមិនឃើញអ្វីដែរ។",
            "ព្រំដែនមិនបិទទេ បងប្រុសខ្ញុំទើបឆ្លងពីប៉ោយប៉ែតព្រឹកនេះ។ អ្នកណាផ្ញើសារនេះ ធ្វើឲ្យមនុស្សភ័យឥតប្រយោជន៍។",
            "ម៉ែ លិខិតប្ដូរប្រតិទិនសិក្សានោះក្លែងក្លាយ។ ក្រសួងអប់រំប្រកាសថាមិនពិតទេ កុំប្រាប់អ្នកជិតខាងបន្តទៀតណា។",
        ],
        "en": [
            "Mum, it's fake. The bank isn't closing, I just used the ATM. That 'letter' is edited, look at the wrong logo.",
            "Uncle please stop forwarding this. The election committee already said there's no voting by SMS.",
            "No tsunami tomorrow. Nobody can predict a tsunami a day in advance, and the weather department confirmed it's a hoax.",
            "Replying to the 'eat dried fish' quote: I watched the full press conference. He never said that. The caption is made up.",
            "HPV vaccine doesn't cause infertility. It's been used for years in dozens of countries and it prevents cervical cancer.",
            "Border is open, my brother crossed at Poipet this morning. Please don't spread panic.",
        ],
        "mixed": [
            "ម៉ាក់ fake ហ្នឹង 🙏 ធនាគារមិនបិទទេ ខ្ញុំទើបដកលុយ ATM មិញ",
            "No tsunami ទេស្អែក. ក្រសួងឧតុនិយម confirm ហើយថា hoax",
            "Quote «ញ៉ាំត្រីងៀតទៅ» ហ្នឹង fake ទេ ខ្ញុំមើល full video ហើយ គ្មានទេ",
            "ពូ stop forward សារ vote តាម SMS ទៅ. គ.ជ.ប ថាមិនពិតទេ",
        ],
        "km-latn": [
            "mak, ot pit te, thneakea ot bet te, khnhom teup dork luy ATM minh. lekhet nuh ke kat tor",
            "pou kom forward sa nuh tiet, gchb bonjeak hz tha ot mean bos chnaot tam SMS te",
            "tsunami saek ot mean te bang, krasuong ti tek tha jea reung kohok",
            "vaccine HPV ot tver oy ar kon te, kmouy knhom jea pet, kat tha vea kapea moharik",
            "prom daen ot bet te, bang pros nhom teup chlong poipet pruk nis, kom phey",
            "angkor leay plastic? own sak dot merl hz, chhes dauch angkor thommada. krasuong ka tha test ot khernh ey",
        ],
    },
))

# --- Hard benign: genuine notices that look like the fakes ---------------------------------------

THEMES.append(Theme(
    key="wv-hw-benign-notice",
    stratum="wide2",
    neg_kind="benign",
    hard=True,
    source="handwritten",
    templates={
        "km": [
            "សេចក្ដីជូនដំណឹង៖ សាលាបឋមសិក្សាភូមិយើង ឈប់សម្រាកបុណ្យភ្ជុំបិណ្ឌតាមប្រតិទិនរបស់ក្រសួង ហើយចូលរៀនវិញធម្មតានៅថ្ងៃបន្ទាប់ពីបុណ្យ។ សូមមាតាបិតាជួយរំលឹកកូនៗផង។",
            "មណ្ឌលសុខភាពឃុំ នឹងចាក់វ៉ាក់សាំងជូនកុមារអាយុក្រោម ២ ឆ្នាំ នៅថ្ងៃសៅរ៍ទី៣ នៃខែនេះ ពីម៉ោង ៧ ដល់ ១១ ព្រឹក។ សូមយកសៀវភៅតាមដានសុខភាពកូនមកជាមួយ។",
            "ជូនដំណឹងដល់សិស្សថ្នាក់ទី៩៖ ការប្រឡងឆមាសទី១ ចាប់ផ្ដើមថ្ងៃច័ន្ទក្រោយ។ កាលវិភាគលម្អិតបិទផ្សាយនៅក្ដារព័ត៌មានមុខការិយាល័យសាលា។",
            "ធនាគាររបស់យើងខ្ញុំ នឹងបិទសាខាទាំងអស់អំឡុងពិធីបុណ្យចូលឆ្នាំខ្មែរ តាមថ្ងៃឈប់សម្រាករបស់រដ្ឋ។ សេវាតាមកម្មវិធីទូរស័ព្ទ និង ATM នៅដំណើរការធម្មតា។",
            "ជូនដំណឹង៖ នឹងផ្អាកការផ្គត់ផ្គង់ទឹកស្អាតនៅសង្កាត់មួយចំនួន ថ្ងៃពុធនេះ ពីម៉ោង ៨ ព្រឹក ដល់ ៤ រសៀល ដើម្បីជួសជុលបំពង់។ សូមបម្រុងទឹកទុកជាមុន។",
            "ការិយាល័យឃុំនឹងចុះធ្វើអត្តសញ្ញាណប័ណ្ណចល័តនៅភូមិយើង ថ្ងៃព្រហស្បតិ៍នេះ នៅសាលាឆទាន។ អ្នកដែលមានអាយុគ្រប់ ១៥ ឆ្នាំ សូមយកសៀវភៅគ្រួសារមកជាមួយ។",
            "វិទ្យាល័យយើងនឹងរៀបចំកិច្ចប្រជុំមាតាបិតាសិស្ស នៅព្រឹកថ្ងៃអាទិត្យ ម៉ោង ៨ ដើម្បីពិភាក្សាអំពីលទ្ធផលសិក្សា។ មិនមានការបង់ថ្លៃអ្វីទាំងអស់។",
            "ជូនដំណឹងពីវត្ត៖ ពិធីបុណ្យកឋិនទាននឹងប្រារព្ធនៅថ្ងៃអាទិត្យក្រោយ។ ផ្លូវមុខវត្តនឹងមានមនុស្សច្រើន សូមអ្នកបើកបរប្រុងប្រយ័ត្ន។",
            "ក្រុមហ៊ុនយើងខ្ញុំឈប់សម្រាកនៅថ្ងៃបោះឆ្នោត ដើម្បីឲ្យបុគ្គលិកទាំងអស់បានទៅបោះឆ្នោតនៅស្រុកកំណើត ដោយនៅតែទទួលប្រាក់ខែពេញ។",
        ],
        "en": [
            "Notice to parents: our primary school follows the ministry calendar for Pchum Ben, and classes resume as normal the day after the holiday.",
            "Vaccination day at the commune health centre: children under 2, this Saturday 7 to 11am. Please bring the child's health booklet.",
            "Grade 9 students: first semester exams start next Monday. The full timetable is posted on the board outside the school office.",
            "Our branches will be closed over Khmer New Year in line with the public holidays. Mobile banking and ATMs work as normal.",
            "Water supply interruption in some sangkats on Wednesday, 8am to 4pm, for pipe repairs. Please store water in advance. Sorry for the inconvenience.",
            "The mobile ID card team comes to our village this Thursday at the pagoda hall. Anyone 15 and over, bring your family book.",
        ],
        "mixed": [
            "📢 Vaccination day នៅមណ្ឌលសុខភាពឃុំ ថ្ងៃសៅរ៍នេះ 7-11am សម្រាប់ក្មេងក្រោម 2 ឆ្នាំ យកសៀវភៅតាមដានសុខភាពមកផង",
            "Exam schedule ឆមាសទី១ ថ្នាក់ទី៩ start ថ្ងៃច័ន្ទក្រោយ. timetable បិទនៅ board មុខ office សាលា",
            "Branch បិទពេលចូលឆ្នាំខ្មែរ តាម public holiday 🧧 mobile app និង ATM នៅប្រើបានធម្មតា",
            "Office ឈប់ថ្ងៃបោះឆ្នោត ដើម្បីឲ្យ staff ទាំងអស់ទៅ vote នៅស្រុកកំណើត ប្រាក់ខែនៅពេញដដែល 👍",
        ],
        "km-latn": [
            "sala kon nhom chhob pchum ben tam protitin krasuong, jol rean vinh thommada kroy bon. mak pa jouy rumlek kon phg",
            "montir sokhapheap khum chak vaccine oy kmeng kraom 2 chnam, thngai sao nis mong 7 dol 11 pruk, yok siavphov tamdan sokhapheap mok",
            "sis thnak ti 9: prolong chhomeas ti 1 chab thngai chan kroy, kalavipheak bet nov kda khien muk kariyalai",
            "thneakea bet saka pel chol chnam khmer tam thngai chhob rot, app nung ATM nov prer ban thommada",
            "tek ot hour thngai put nis mong 8 pruk dol 4 resel, ke jousjul bompong, bomrong tek tuk mun",
            "khum chus tver atasanhaban nov phum yeung thngai prohos nis, nov sala chhortean. 15 chnam leung yok siavphov krusa mok",
        ],
    },
))
