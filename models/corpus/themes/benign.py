# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Plain negatives (everyday posts) and benign hard negatives (neutral or positive posts about
ethnic groups, posts about children that are not harmful, parents asking about online safety)."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = [
    Theme(
        key="bn-food",
        neg_kind="benign",
        templates={
            "km": ["ថ្ងៃនេះញ៉ាំ{food}នៅ{province} ឆ្ងាញ់ណាស់ {emo_happy}", "អ្នកណាដឹងហាង{food}ឆ្ងាញ់នៅ{province}ទេ? ណែនាំខ្ញុំផង។",
                   "ម៉ាក់ធ្វើ{food}ឲ្យញ៉ាំពេលព្រឹក ល្អបំផុត {emo_happy}"],
            "en": ["Had {food} in {province} today, so good {emo_happy}", "Any recommendations for good {food} in {province}?",
                   "Mum made {food} for breakfast, best way to start Sunday {emo_happy}"],
            "mixed": ["Lunch ថ្ងៃនេះ {food} នៅ{province} yummy {emo_happy}", "Recommend ហាង {food} ឆ្ងាញ់នៅ{province} ផង"],
            "km-latn": ["thngai nis nham {food} nov {province}, chnganh nas {emo_happy}", "neak na deng hang {food} chnganh nov {province} te?"],
        },
    ),
    Theme(
        key="bn-wedding-family",
        neg_kind="benign",
        templates={
            "km": ["សូមអបអរសាទរមង្គលការ{name} និង{name} សូមឲ្យមានសុភមង្គល {emo_happy}", "ចុងសប្ដាហ៍នេះទៅភូមិនៅ{province} ជួបយាយតា។",
                   "កូនប្រុសខ្ញុំប្រឡងជាប់បាក់ឌុបហើយ អរគុណគ្រូៗ {emo_happy}"],
            "en": ["Congratulations {name} and {name} on your wedding, wishing you a happy life {emo_happy}",
                   "Going back to the village in {province} this weekend to see grandma.",
                   "My son passed his grade 12 exam, thank you to all his teachers {emo_happy}"],
            "mixed": ["Happy wedding {name} & {name} 💍 សូមឲ្យមានសុភមង្គល", "Weekend នេះទៅស្រុក{province} ជួបយាយ {emo_happy}"],
            "km-latn": ["som orb or sathea {name} nirng {name}, happy wedding {emo_happy}", "chong saptah nis tov srok {province} choub yeay"],
        },
    ),
    Theme(
        key="bn-sport",
        neg_kind="benign",
        templates={
            "km": ["លទ្ធផលបាល់ទាត់យប់មិញ៖ {team} ស្មើ {rival} ១-១។", "{team}ហ្វឹកហាត់ត្រៀមប្រកួតជាមួយ{rival}សប្ដាហ៍ក្រោយ។"],
            "en": ["Last night's result: {team} drew 1-1 with {rival}.", "{team} training hard ahead of next week's match against {rival}.",
                   "Who's watching {team} vs {rival} tonight? Meeting at the cafe at 7."],
            "mixed": ["Full time: {team} 1-1 {rival} ⚽", "Match យប់នេះ {team} vs {rival} មើលនៅណា?"],
            "km-latn": ["yub minh {team} smer {rival} 1-1", "yub nis {team} vs {rival}, merl nov na bro?"],
        },
    ),
    Theme(
        key="bn-prices-market",
        neg_kind="benign",
        templates={
            "km": ["តម្លៃអង្ករនៅផ្សារ{province}ថ្ងៃនេះ ២,៨០០ រៀលក្នុងមួយគីឡូ។", "លក់ទូរស័ព្ទមួយទឹក តម្លៃ {money} នៅ{province} ចាប់អារម្មណ៍ inbox។",
                   "ហាងយើងបើកថ្មីនៅ{province} បញ្ចុះតម្លៃ ១០% សប្ដាហ៍នេះ។"],
            "en": ["Rice at {province} market today: 2,800 riel per kilo.", "Selling a second-hand phone, {money}, pick up in {province}.",
                   "Our new shop in {province} is open, 10% off this week!"],
            "mixed": ["លក់ iPhone មួយទឹក {money} នៅ{province} inbox 📩", "New shop open ហើយនៅ{province} discount 10% 🎉"],
            "km-latn": ["luk phone mouy tek {money} nov {province}, inbox", "hang thmey nov {province} bok hz, discount 10%"],
        },
    ),
    Theme(
        key="bn-traffic-weather",
        neg_kind="benign",
        templates={
            "km": ["ភ្លៀងខ្លាំងនៅ{province}ល្ងាចនេះ ប្រយ័ត្នពេលបើកបរ។", "ថ្ងៃនេះក្ដៅខ្លាំង ៣៨ អង្សា នៅ{province}។",
                   "ផ្លូវជាតិលេខ ៤ កំពុងជួសជុល សូមប្រើផ្លូវផ្សេង។"],
            "en": ["Heavy rain in {province} this evening, drive carefully.", "38 degrees in {province} today, stay cool everyone.",
                   "National Road 4 is under repair near {province}, use another route."],
            "mixed": ["ភ្លៀងខ្លាំងនៅ{province} drive safe 🌧️", "ក្ដៅ 38°C ថ្ងៃនេះ stay hydrated"],
            "km-latn": ["pleang klang nov {province}, bok bor br'yat", "kdao nas thngai nis 38 angsa"],
        },
    ),
    Theme(
        key="bn-culture-tourism",
        neg_kind="benign",
        templates={
            "km": ["មើលថ្ងៃរះនៅអង្គរវត្ត ស្អាតណាស់ {emo_happy}", "បុណ្យចូលឆ្នាំខ្មែរឆ្នាំនេះទៅលេងល្បែងប្រជាប្រិយនៅវត្តក្នុង{province}។",
                   "បុណ្យភ្ជុំបិណ្ឌ ទៅវត្តជាមួយម៉ាក់ពីព្រលឹម។", "ដើរលេងកំពត និងកែប ញ៉ាំក្ដាម ម្រេចកំពត {emo_happy}"],
            "en": ["Sunrise at Angkor Wat this morning, unreal {emo_happy}", "Khmer New Year games at the pagoda in {province}, so much fun.",
                   "Pchum Ben: went to the pagoda with mum before dawn.", "Weekend trip to Kampot and Kep, crab and pepper {emo_happy}"],
            "mixed": ["Sunrise នៅអង្គរវត្ត beautiful ណាស់ {emo_happy}", "Khmer New Year ឆ្នាំនេះលេងបោះអង្គុញនៅ{province} fun ណាស់"],
            "km-latn": ["merl thngai reah nov angkor wat, saat nas", "chol chnam khmer leng bos angkunh nov wat {province}",
                        "tov leng kampot kep nham kdam {emo_happy}"],
        },
    ),
    Theme(
        key="bn-work-study",
        neg_kind="benign",
        templates={
            "km": ["រោងចក្រកាត់ដេរខ្ញុំធ្វើការថែមម៉ោងរហូតដល់យប់ ហត់ណាស់ តែបានលុយផ្ញើទៅម៉ាក់។", "អ្នកណាមានសៀវភៅគណិតថ្នាក់ទី ១២ ចាស់ លក់ឲ្យខ្ញុំផង។",
                   "កំពុងរៀនភាសាអង់គ្លេសពេលយប់ បន្ទាប់ពីធ្វើការ។", "ចង់សួររោងចក្រនៅ{province}ណាខ្លះកំពុងរកកម្មករ? {name}ត្រូវការការងារ។", "{name}ទើបបញ្ចប់ថ្នាក់បរិញ្ញាបត្រនៅ{province} {emo_happy}", "ប្រាក់ខែចេញហើយ ផ្ញើ {money} ទៅម៉ាក់នៅ{province} {emo_happy}"],
            "en": ["Overtime at the garment factory again, tired but the money goes home to mum.", "Anyone selling an old grade 12 maths textbook?",
                   "Studying English at night after work, slowly getting there.", "Which factories in {province} are hiring? Asking for {name}.", "{name} just graduated from university in {province} {emo_happy}", "Payday! Sent {money} home to mum in {province} {emo_happy}"],
            "mixed": ["OT នៅរោងចក្រដល់យប់ tired ណាស់ 😴", "អ្នកណាមានសៀវភៅ math ថ្នាក់ទី 12 លក់ផង",
                      "Factory នៅ{province} ណាខ្លះ hiring? {name} រកការងារ", "Graduation day {name} នៅ{province} 🎓 {emo_happy}",
                      "Payday ហើយ ផ្ញើ {money} ទៅម៉ាក់ {emo_happy}"],
            "km-latn": ["tver OT nov rong chak dol yub, hot nas", "neak na men sievphov kanit thnak ti 12 luk oy knhom pong",
                        "rong chak na nov {province} rok kammakor? {name} tro ka kangea", "prak khae chenh hz, pheu {money} tov mak {emo_happy}"],
        },
    ),
    Theme(
        key="bn-ethnic-neutral",
        neg_kind="benign",
        hard=True,
        weight=1.6,
        slots={"community": {
            "km": ["ជនជាតិវៀតណាម", "ជនជាតិចិន", "សហគមន៍ចាម", "ជនជាតិថៃ", "ខ្មែរក្រោម", "ជនជាតិដើមភាគតិច", "យួន"],
            "en": ["Vietnamese", "Chinese", "Cham", "Thai", "Khmer Krom", "indigenous", "Vietnamese-Cambodian"],
            "lt": ["vietnam", "chen", "cham", "thai", "khmer krom", "yuon", "phnong"],
        }},
        templates={
            "km": [
                "ហាងបាយ{community}នៅ{province}ឆ្ងាញ់ណាស់ ម្ចាស់ហាងរួសរាយ {emo_happy}",
                "សហគមន៍ចាមនៅ{province}អបអរពិធីបុណ្យ អ៊ីដ ហើយអញ្ជើញអ្នកភូមិមកញ៉ាំជាមួយ។",
                "បុណ្យចូលឆ្នាំចិននៅភ្នំពេញ ពេញដោយពណ៌ក្រហម និងរបាំតោ។",
                "មិត្តរួមថ្នាក់ខ្ញុំជា{community} យើងរៀនជាមួយគ្នាតាំងពីតូច។",
                "ក្រុមបាល់ទាត់ថៃលេងល្អណាស់យប់មិញ គួរឲ្យសរសើរ។",
                "ផ្សារព្រំដែនខ្មែរ-ថៃ បើកឡើងវិញ ពាណិជ្ជករទាំងពីរខាងរីករាយ។",
                "ពាក្យ «យួន» មានប្រវត្តិយូរ ប៉ុន្តែអ្នកខ្លះប្រើវាជាពាក្យប្រមាថ។ តោះពិភាក្សាដោយការគោរពគ្នា។",
            ],
            "en": [
                "The {community} restaurant in {province} is amazing, super friendly owners {emo_happy}",
                "The Cham community in {province} celebrated Eid and invited the whole village to eat.",
                "Chinese New Year in Phnom Penh, red lanterns and lion dances everywhere.",
                "My classmate is {community}, we've studied together since primary school.",
                "Respect to the Thai team, they played really well last night.",
                "The Cambodia-Thailand border market has reopened and traders on both sides are happy.",
                "Learning Vietnamese for my job at the port, the tones are hard!",
            ],
            "mixed": [
                "ហាង {community} food នៅ{province} delicious ណាស់ {emo_happy}",
                "Happy Eid ដល់សហគមន៍ចាមទាំងអស់ 🌙",
                "Chinese New Year នៅ PP ស្អាតណាស់ 🧧 lion dance",
                "មិត្ត {community} របស់ខ្ញុំ best friend តាំងពីតូច",
            ],
            "km-latn": [
                "hang bay {community} nov {province} chnganh nas {emo_happy}",
                "happy eid sahakum cham teang ors",
                "mit knhom chea {community}, rien jea mouy knea tang pi toch",
                "krom thai leng laor nas yub minh, respect",
            ],
        },
    ),
    Theme(
        key="bn-children-safe",
        neg_kind="benign",
        hard=True,
        weight=1.3,
        templates={
            "km": [
                "ក្រុមបាល់ទាត់កុមារអាយុក្រោម ១២ ឆ្នាំនៃសាលា{province} ឈ្នះពានរង្វាន់ថ្ងៃនេះ សូមអបអរសាទរ {emo_happy}",
                "ម្ដាយៗ សួរបន្តិច៖ កូនខ្ញុំអាយុ ១០ ឆ្នាំ ចង់ប្រើ TikTok។ តើកំណត់ parental control យ៉ាងម៉េច?",
                "សាលាបឋមសិក្សានៅ{province}ចែកសៀវភៅ និងកាបូបដល់សិស្សក្រីក្រ ២០០ នាក់។",
                "កូនស្រីខ្ញុំចូលរៀនថ្នាក់ទី ១ ថ្ងៃដំបូង រំភើបណាស់ {emo_happy}",
                "តើត្រូវនិយាយជាមួយកូនយ៉ាងម៉េច អំពីមនុស្សចម្លែកនៅលើអ៊ីនធឺណិត?",
                "កូនខ្ញុំ{name}អាយុ ៨ ឆ្នាំ ឈ្នះការប្រកួតអានសៀវភៅនៅសាលា{province} {emo_happy}",
                "វគ្គហែលទឹកសម្រាប់កុមារអាយុ ៦-១២ ឆ្នាំ នៅ{province} រៀងរាល់ថ្ងៃសៅរ៍។",
            ],
            "en": [
                "Our under-12 football team from {province} won the cup today, so proud of the kids {emo_happy}",
                "Mums, quick question: my 10 year old wants TikTok. How do I set up parental controls?",
                "A primary school in {province} gave books and bags to 200 students from poor families.",
                "First day of grade 1 for my daughter, she was so excited {emo_happy}",
                "How do you talk to your kids about strangers online? Looking for tips.",
                "Swimming lessons for children at the {province} pool every Saturday, ages 6-12, with certified coaches.",
                "My {name} (8) won the school reading contest in {province} today {emo_happy}",
            ],
            "mixed": [
                "U12 football team {province} win cup ថ្ងៃនេះ proud ណាស់ {emo_happy}",
                "ម៉ាក់ៗ help: កូនអាយុ 10 ចង់ប្រើ TikTok ធ្វើ parental control យ៉ាងម៉េច?",
                "First day ថ្នាក់ទី 1 របស់កូនស្រី {emo_happy}",
                "Tips និយាយជាមួយកូនអំពី stranger online?",
                "កូន{name}ឈ្នះ reading contest នៅសាលា{province} {emo_happy}",
            ],
            "km-latn": [
                "krom bal tot kmeng U12 {province} chneah pan thngai nis {emo_happy}",
                "mak mak som suor: kon knhom 10 chnam jg pro tiktok, parental control twer yang mec?",
                "kon srey knhom chol rien thnak ti 1 thngai dombong {emo_happy}",
                "niyeay jea mouy kon pi mnus chmlek online yang mec?",
                "kon {name} chneah prokuot an sievphov nov sala {province} {emo_happy}",
            ],
        },
    ),
]
