# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Hard negatives: posts that share vocabulary with the positives but are not harmful.

Fact-checks quoting a claim, news about fake news / cybercrime / hate / child abuse, awareness
campaigns, official warnings, political criticism (never fake news), banter, complaints and
correct health advice."""

from __future__ import annotations

from models.corpus.types import Theme

_FALSE_CLAIM = {
    "km": ["{ministry}នឹងបិទសាលារៀនទាំងអស់", "{cure}អាចព្យាបាល{disease}បាន", "{disaster}នៅ{province}",
           "{bank}ចែកលុយ {money} ឥតគិតថ្លៃ", "ការបោះឆ្នោតត្រូវពន្យារពេល", "ហ្វេសប៊ុកនឹងយកលុយពីគណនីទាំងអស់",
           "វ៉ាក់សាំងមានបន្ទះឈីបតាមដាន", "មានឡានពណ៌សចាប់ក្មេងនៅ{province}"],
    "en": ["the {ministry} will close all schools", "{cure} cures {disease}", "{disaster} near {province}",
           "{bank} is giving away {money} for free", "the election has been postponed",
           "Facebook will charge every account", "vaccines contain tracking microchips",
           "a white van is kidnapping children in {province}"],
    "lt": ["{ministry} bet sala teang ors", "{cure} pyeabal {disease} ban", "{disaster} nov {province}",
           "{bank} chek luy {money} free", "bos chnaot pon yea pel", "facebook yok luy account",
           "vaccine men chip", "lan sor chab kmeng nov {province}"],
}

THEMES: list[Theme] = [
    Theme(
        key="hn-fact-check",
        neg_kind="fact_check",
        weight=1.6,
        slots={"claim": _FALSE_CLAIM},
        templates={
            "km": [
                "ការពិនិត្យការពិត៖ ព័ត៌មានដែលថា «{claim}» គឺមិនពិតទេ។ {ministry}បានបញ្ជាក់ថាមិនមានការសម្រេចបែបនេះឡើយ។",
                "មិនពិត! សារដែលកំពុងចែកចាយថា «{claim}» ជាព័ត៌មានក្លែងក្លាយ។ សូមពិនិត្យប្រភពផ្លូវការមុននឹងចែករំលែក។",
                "ស្រាយបំភ្លឺ៖ មានការផ្សព្វផ្សាយតាមហ្វេសប៊ុកថា «{claim}»។ តាមការស៊ើបអង្កេត រឿងនេះគ្មានមូលដ្ឋានទេ។",
                "តើពិតទេថា {claim}? ចម្លើយ៖ ទេ។ យើងបានសាកសួរ{official} ហើយគាត់បដិសេធ។",
            ],
            "en": [
                "FACT CHECK: The viral claim that \"{claim}\" is false. The {ministry} confirmed no such decision was made.",
                "FALSE: Posts saying {claim} are fake. Always check official sources before you share.",
                "Debunked: a message circulating on Facebook says \"{claim}\". Our investigation found no evidence for it.",
                "Is it true that {claim}? No. We contacted {official}, who denied it.",
                "Misleading post alert: \"{claim}\". This is an old hoax that resurfaces every year.",
            ],
            "mixed": [
                "Fact check ✅ ព័ត៌មានថា «{claim}» គឺ FAKE ទេ។ {ministry} បញ្ជាក់ហើយ។",
                "FAKE NEWS ⚠️ សារ «{claim}» មិនពិតទេ សូមកុំ share បន្ត",
                "Fact check៖ \"{claim}\" → មិនពិត ❌ check ប្រភពផ្លូវការសិន",
            ],
            "km-latn": [
                "fact check: pormean tha \"{claim}\" ot pit te, {ministry} banhjeak hz",
                "kom jeung! sar \"{claim}\" chea fake news, kom share tiet",
                "pit ot tha {claim}? ot pit te bong, chea roeung kohok",
            ],
        },
    ),
    Theme(
        key="hn-news-fakenews-cybercrime",
        neg_kind="news_report",
        weight=1.2,
        templates={
            "km": [
                "នគរបាល{province}បានចាប់ខ្លួនបុរស ២ នាក់ ពាក់ព័ន្ធនឹងការបង្កើតផេកក្លែងក្លាយចែកលុយ ឆបោកប្រជាពលរដ្ឋជាង {money}។",
                "ក្រសួងសុខាភិបាលបានរកឃើញ{group}ផ្សព្វផ្សាយព័ត៌មានមិនពិតអំពី{disease} ហើយបានស្នើឲ្យបិទ។",
                "តុលាការ{province}កាត់ទោសស្ត្រីម្នាក់ពីបទបង្ហោះព័ត៌មានក្លែងក្លាយ ដែលបង្កភាពភ័យស្លន់ស្លោ។",
                "ក្រុមឆបោកតាមទូរស័ព្ទចំនួន ១៥ នាក់ត្រូវបានចាប់ខ្លួននៅ{province} ក្រោយបោកយកលេខកូដ OTP ពីអតិថិជន{bank}។",
            ],
            "en": [
                "Police in {province} arrested two men for running a fake giveaway page that cheated people out of more than {money}.",
                "The Ministry of Health found {group} spreading false information about {disease} and asked for it to be taken down.",
                "A court in {province} convicted a woman for posting fake news that caused panic during the floods.",
                "Fifteen members of a phone scam ring were detained in {province} after stealing OTP codes from {bank} customers.",
                "Report: online scams cost Cambodians millions last year, with fake job ads and fake bank pages the most common.",
            ],
            "mixed": [
                "ប៉ូលិស{province}ចាប់ admin page ក្លែងក្លាយចែកលុយ 2 នាក់ ឆបោកជាង {money}",
                "News: ក្រុម scam call 15 នាក់ត្រូវចាប់ខ្លួន ក្រោយបោកយក OTP ពីអតិថិជន {bank}",
                "តុលាការកាត់ទោសអ្នក post fake news អំពី{disease}",
            ],
            "km-latn": [
                "police {province} chab bros 2 nak tver page fake chek luy, chhabok luy {money}",
                "dom nung: krom scam call 15 nak tro chab, bok yok OTP pi {bank}",
                "tolakar kat tos srey mnak post fake news pel tek chumnoun",
            ],
        },
    ),
    Theme(
        key="hn-news-abuse-report",
        neg_kind="news_report",
        weight=1.2,
        templates={
            "km": [
                "នគរបាល{province}ចាប់ខ្លួនបុរសម្នាក់ពីបទកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារតាមអនឡាញ បន្ទាប់ពីមានការរាយការណ៍ពីឪពុកម្ដាយ។",
                "របាយការណ៍អង្គការមួយបង្ហាញថា ការនិយាយញុះញង់ស្អប់ជនជាតិវៀតណាម និងចាម តាមបណ្ដាញសង្គមកំពុងកើនឡើង។",
                "តុលាការ{province}ផ្ដន្ទាទោសបុរសម្នាក់ ២ ឆ្នាំ ពីបទគំរាមសម្លាប់អ្នកជិតខាងតាមហ្វេសប៊ុក។",
                "ការវាយប្រហារដោយទឹកអាស៊ីតនៅ{province}៖ ជនសង្ស័យត្រូវបានចាប់ខ្លួនហើយ។",
                "ក្រសួងអប់រំរៀបចំវគ្គបណ្ដុះបណ្ដាលគ្រូនៅ{province} ដើម្បីការពារកុមារពីការកេងប្រវ័ញ្ចតាមអនឡាញ។",
                "ប៉ូលិសកំពុងស៊ើបអង្កេតគណនី{platform}ដែលបានគំរាមកំហែងអ្នកកាសែតម្នាក់នៅ{province}។",
            ],
            "en": [
                "Police in {province} arrested a man for online sexual exploitation of children after parents reported him.",
                "An NGO report shows online hate speech against Vietnamese and Cham communities is rising on social media.",
                "A {province} court sentenced a man to two years for threatening to kill his neighbour on Facebook.",
                "Acid attack in {province}: the suspect has been arrested, police say.",
                "Interpol and Cambodian police dismantled a network sharing child abuse material; 4 suspects detained.",
                "Study: one in three young women in Cambodia has faced online harassment.",
                "The Ministry of Education is training teachers in {province} to protect children from online exploitation.",
                "Police are investigating a {platform} account that threatened a journalist in {province}.",
            ],
            "mixed": [
                "ប៉ូលិស{province}ចាប់ជនសង្ស័យ online child abuse ក្រោយឪពុកម្ដាយ report",
                "NGO report៖ hate speech លើជនជាតិវៀតណាម និងចាម កើនឡើងលើ social media",
                "Court ផ្ដន្ទាទោស ២ ឆ្នាំ ពីបទ threat សម្លាប់តាម Facebook",
                "ប៉ូលិសស៊ើបអង្កេត account {platform} ដែល threat អ្នកកាសែតនៅ{province}",
            ],
            "km-latn": [
                "police {province} chab bros mnak rom lous kmeng online, krouy pa mak report",
                "NGO report: hate speech leu yuon nirng cham laeng chreun leu facebook",
                "tolakar dak kuk 2 chnam bros mnak krom samlab neak jit khang tam facebook",
                "police kompung seub ongkeut account {platform} del krom neak kaset nov {province}",
            ],
        },
    ),
    Theme(
        key="hn-awareness",
        neg_kind="awareness",
        weight=1.4,
        templates={
            "km": [
                "ឃើញព័ត៌មានមិនច្បាស់លាស់? កុំចែករំលែក! សូមរាយការណ៍ និងពិនិត្យប្រភពផ្លូវការជាមុនសិន។",
                "ប្រសិនបើអ្នកឃើញរូបភាព ឬវីដេអូរំលោភបំពានលើកុមារ សូមកុំចែករំលែក។ ហៅទូរស័ព្ទ {hotline} ភ្លាមៗ។",
                "ធនាគារមិនដែលសុំលេខកូដ PIN ឬ OTP របស់អ្នកទេ។ បើមាននរណាសុំ នោះជាការឆបោក។ ប្រាប់ចាស់ៗក្នុងគ្រួសារផង។",
                "ឪពុកម្ដាយគួរដឹង៖ បើមនុស្សពេញវ័យសុំឲ្យកូនរក្សាការសម្ងាត់ ឬផ្ញើរូបថត នោះជាសញ្ញាគ្រោះថ្នាក់។ រាយការណ៍មក {hotline}។",
                "សញ្ញាព្រមាន ៣ យ៉ាង៖ មនុស្សចម្លែកសួរអាយុកូន សុំឲ្យប្ដូរទៅ App ផ្សេង ហើយផ្ដល់កាតទូរស័ព្ទដោយឥតហេតុ។ ប្រាប់គ្រូ ឬហៅ {hotline}។",
                "យើងជាខ្មែរ វៀតណាម ចិន ចាម រស់នៅជាមួយគ្នាដោយសុខសាន្ត។ ឈប់ចែកសារញុះញង់ស្អប់គ្នា។",
                "សិក្ខាសាលានៅ{province}៖ របៀបស្គាល់ព័ត៌មានក្លែងក្លាយលើ{platform}។ ចូលរួមដោយឥតគិតថ្លៃ។",
                "ឃើញ{group}ចែកលុយ {money}? កុំចុចលីង កុំផ្ដល់ PIN។ រាយការណ៍ទៅប៉ូលិស 117។",
                "យុទ្ធនាការ «គិតមុនចែក» នៅសាលារៀន{province}៖ សិស្សរៀនពិនិត្យប្រភពព័ត៌មាន។",
            ],
            "en": [
                "Seen something suspicious? Report it, don't share it. Check official sources first.",
                "If you come across images or videos of child abuse, do not share them. Call {hotline} right away.",
                "Your bank will NEVER ask for your PIN or OTP. If someone does, it is a scam. Tell your parents and grandparents.",
                "Parents: if an adult asks your child to keep secrets or send photos, that is a warning sign. Report to {hotline}.",
                "Three warning signs: a stranger asks your child's age, asks to move to another app, and offers phone credit for nothing. Tell a teacher or call {hotline}.",
                "Khmer, Vietnamese, Chinese and Cham neighbours live together in peace. Stop sharing hateful posts.",
                "Before you forward that message, ask: who wrote it, where is the source, why is it urging me to share fast?",
                "Free workshop in {province}: how to spot fake news on {platform}. All welcome.",
                "Seen {group} offering {money} giveaways? Don't click, don't give your PIN. Report to police on 117.",
                "\"Think before you share\" campaign reaches schools in {province}: students learn to check sources.",
            ],
            "mixed": [
                "ឃើញ fake news? Report it, don't share it 🙏 check ប្រភពផ្លូវការសិន",
                "Bank មិនដែលសុំ PIN ឬ OTP ទេ!! ប្រាប់ម៉ាក់ប៉ាផង scam ច្រើនណាស់ពេលនេះ",
                "Parents សូមប្រយ័ត្ន៖ មនុស្សចម្លែក chat ជាមួយកូន ហើយសុំ secret ឬ photo → report {hotline}",
                "ឃើញ video abuse កុមារ កុំ share! Call {hotline}",
                "Workshop free នៅ{province}៖ របៀបចំណាំ fake news លើ {platform}",
                "ឃើញ {group} ចែក {money}? កុំ click link កុំឲ្យ PIN → report 117",
            ],
            "km-latn": [
                "kom share pormean ot chbas, report vea tov. check source pit sen bong oun",
                "bank ot del som PIN ot OTP te, ber men neak som chea scam, prab ta yeay pong",
                "ber khernh video rom lous kmeng kom share, tarasap {hotline} plam",
                "khmer yuon chen cham rous nov jea mouy knea sok sabay, chob share sar sa'ob knea",
                "khernh {group} chek luy {money}? kom chuch link, kom oy PIN, report police 117",
                "workshop free nov {province}: rien skoal fake news leu {platform}",
            ],
        },
    ),
    Theme(
        key="hn-official-warning",
        neg_kind="official_warning",
        weight=1.3,
        templates={
            "km": [
                "{ministry}សូមជូនដំណឹងដល់សាធារណជនឲ្យប្រុងប្រយ័ត្នចំពោះផេកក្លែងក្លាយ ដែលប្រើឈ្មោះក្រសួងដើម្បីចែកលុយ។ ក្រសួងមិនដែលសុំលេខកាតធនាគារទេ។",
                "ក្រសួងធនធានទឹក និងឧតុនិយម ព្រមានថា កម្ពស់ទឹកទន្លេមេគង្គនៅ{province}នឹងកើនឡើង{time}។ សូមប្រជាពលរដ្ឋតាមដានព័ត៌មានផ្លូវការ។",
                "ក្រសួងសុខាភិបាលព្រមាន៖ រដូវវស្សានេះ ករណីគ្រុនឈាមកើនឡើង។ សូមសម្អាតទឹកដក់ និងនាំកូនទៅពេទ្យបើក្ដៅខ្លួនខ្លាំង។",
                "សេចក្ដីជូនដំណឹងពីនគរបាល{province}៖ សូមប្រុងប្រយ័ត្នការផ្សព្វផ្សាយការងារប្រាក់ខែខ្ពស់នៅបរទេស ដែលជាការជួញដូរមនុស្ស។",
            ],
            "en": [
                "The {ministry} warns the public about fake pages using its name to offer cash handouts. The ministry never asks for bank card numbers.",
                "The Ministry of Water Resources warns that Mekong water levels in {province} will rise {time}. Residents should follow official updates.",
                "Ministry of Health warning: dengue cases are rising this rainy season. Remove standing water and see a doctor if a child has a high fever.",
                "Notice from {province} police: beware of ads offering high-paid jobs abroad, they are linked to trafficking and scam compounds.",
                "The National Election Committee reminds voters that the only official information is on its website and verified page.",
            ],
            "mixed": [
                "{ministry} ព្រមាន៖ page fake ប្រើឈ្មោះក្រសួងចែកលុយ មិនមែនពិតទេ ⚠️ ក្រសួងមិនសុំ PIN ទេ",
                "Official: ទឹកទន្លេមេគង្គនៅ{province} នឹងឡើង{time} សូមតាមដាន update ផ្លូវការ",
                "ប៉ូលិស{province} ព្រមាន job online ប្រាក់ខែខ្ពស់នៅបរទេស = scam & trafficking",
            ],
            "km-latn": [
                "{ministry} prokas prong prayat page fake chek luy, krasuong ot som lek kat te",
                "krasuong tek prab tha tek mekong nov {province} nung laeng {time}, tam dan pormean pit",
                "police {province} prab: kom jeung job prak khae khpos nov krao srok, chea scam",
            ],
        },
    ),
    Theme(
        key="hn-political-criticism",
        neg_kind="political_criticism",
        weight=2.0,
        slots={"issue": {
            "km": ["ផ្លូវនៅ{province}ខូចអស់ ៥ ឆ្នាំហើយ", "ថ្លៃអគ្គិសនីឡើងថ្លៃពេក", "កសិករបាត់ដីដោយសារដីសម្បទាន",
                   "ប្រាក់ខែកម្មករមិនគ្រប់គ្រាន់នឹងតម្លៃទំនិញ", "មន្ទីរពេទ្យខេត្តខ្វះគ្រូពេទ្យ", "ពុករលួយនៅការិយាល័យរដ្ឋបាល"],
            "en": ["the roads in {province} have been broken for five years", "electricity prices are far too high",
                   "farmers are losing land to economic concessions", "the minimum wage does not cover living costs",
                   "provincial hospitals lack doctors", "people still pay informal fees at public offices"],
            "lt": ["phlov nov {province} khoch 5 chnam hz", "tlai phleung laeng tlai pek", "kasekor bat dei",
                   "prak khae kammakor ot krob", "montee pet khet kvas krou pet", "puk roluoy nov kariyealay"],
        }},
        templates={
            "km": [
                "ខ្ញុំមិនពេញចិត្តទេ {issue}។ រាជរដ្ឋាភិបាលត្រូវដោះស្រាយ ហើយ{official}ត្រូវពន្យល់ប្រជាពលរដ្ឋ។",
                "ថវិកាជាតិគួរចាយលើអ្វីដែលប្រជាជនត្រូវការ។ {issue} ប៉ុន្តែគ្មាននរណាទទួលខុសត្រូវ។",
                "សំណួរទៅ{ministry}៖ ហេតុអ្វី{issue}? យើងបង់ពន្ធ យើងមានសិទ្ធិដឹង។",
                "គោលនយោបាយនេះបរាជ័យហើយ។ {issue}។ បើមិនស្ដាប់ប្រជាជនទេ ការបោះឆ្នោតលើកក្រោយយើងនឹងសម្រេច។",
                "ខ្ញុំគាំទ្រការអភិវឌ្ឍ ប៉ុន្តែ{issue}។ សូមអ្នកតំណាងរាស្ត្រខេត្ត{province}និយាយរឿងនេះនៅរដ្ឋសភាផង។",
            ],
            "en": [
                "I'm not happy: {issue}. The government must fix this and {official} owes people an explanation.",
                "Public money should go where people need it. {issue}, and nobody takes responsibility.",
                "Question for the {ministry}: why is it that {issue}? We pay taxes, we have the right to know.",
                "With respect, this policy is failing. {issue}. Vote them out if they don't listen.",
            ],
            "mixed": [
                "{issue} 😤 រដ្ឋាភិបាលត្រូវ take responsibility",
                "Question ទៅ{ministry}៖ ហេតុអ្វី{issue}? យើងបង់ tax",
                "Policy នេះ fail ហើយ {issue} ប្រជាជនត្រូវការចម្លើយ",
            ],
            "km-latn": [
                "knhom ot pen chet te, {issue}. rodthaphibal tro dos sray",
                "som suor {ministry}: het ey {issue}? yeung bong pon",
                "{issue}, kmean neak na tortuol kos trov te",
            ],
        },
    ),
    Theme(
        key="hn-banter",
        neg_kind="banter",
        weight=1.3,
        templates={
            "km": [
                "យប់នេះ{team}ឈ្នះ{rival} ៣-០ ហើយ! អ្នកគាំទ្រ{rival}យំទៅ {emo_laugh}",
                "{name} ឯងខ្ជិលដូចឆ្មាមែន ដេកដល់ថ្ងៃត្រង់ {emo_laugh} ស្អែកទៅផឹកកាហ្វេទេ?",
                "ចាំយប់នេះលេង PUBG ខ្ញុំសម្លាប់ឯងឲ្យអស់ម៉ោងមួយ {emo_laugh}",
                "ម៉ាក់ខ្ញុំថានឹងសម្លាប់ខ្ញុំ បើខ្ញុំមកផ្ទះយប់ទៀត ហាហា ត្រូវទៅហើយ",
            ],
            "en": [
                "{team} are going to destroy {rival} tonight, {rival} fans start crying now {emo_laugh}",
                "{name} you're so lazy bro, sleeping till noon again {emo_laugh} coffee tomorrow?",
                "I'm gonna kill you in PUBG tonight, prepare to die {emo_laugh}",
                "My mum will kill me if I'm home late again lol gotta go",
                "That referee must be blind, {team} got robbed {emo_laugh}",
            ],
            "mixed": [
                "{team} win {rival} 3-0 ហើយ!! fans {rival} យំទៅ {emo_laugh}",
                "យប់នេះ PUBG ខ្ញុំ kill ឯងអស់ squad {emo_laugh}",
                "{name} lazy ដូចឆ្មា sleep ដល់ថ្ងៃត្រង់ {emo_laugh}",
            ],
            "km-latn": [
                "{team} chneah {rival} 3-0 hz, fans {rival} yum tov {emo_laugh}",
                "yub nis leng pubg knhom samlab eng os {emo_laugh}",
                "{name} eng khjel dauch chhma, deik dol thngai trang {emo_laugh}",
                "mak knhom samlab knhom ber mok ptes yub tiet, tov hz {emo_laugh}",
            ],
        },
    ),
    Theme(
        key="hn-complaint",
        neg_kind="complaint",
        weight=1.5,
        templates={
            "km": [
                "App {bank} គាំងទៀតហើយ ផ្ទេរលុយមិនចេញ ខឹងណាស់ {emo_angry}",
                "ស្ទះចរាចរណ៍នៅ{province}ពីម៉ោង ៥ ដល់ ៧ រាល់ថ្ងៃ ធុញណាស់។",
                "តម្លៃសាច់ជ្រូកនៅផ្សារឡើងថ្លៃទៀតហើយ ប្រជាជនពិបាករស់ណាស់។",
                "ដឹកជញ្ជូនយឺតជាងមួយសប្ដាហ៍ ហាងនេះមិនឆ្លើយតបទេ។ មិនទិញទៀតហើយ។",
                "ភ្លើងដាច់នៅ{province}ម្ដងទៀតហើយ ៣ ម៉ោងហើយនៅតែអត់ {emo_angry}",
                "ទឹកម៉ាស៊ីននៅសង្កាត់ខ្ញុំក្នុង{province}ល្អក់ណាស់ ស្នើអាជ្ញាធរមកពិនិត្យផង។",
            ],
            "en": [
                "{bank} app is down AGAIN, can't transfer money {emo_angry}",
                "Traffic in {province} from 5 to 7pm every day is ridiculous.",
                "Pork prices at the market went up again, ordinary people can't cope.",
                "Delivery over a week late and the shop won't reply. Never ordering again.",
                "The tuk tuk driver charged me double because I'm a foreigner, so annoying.",
                "Power cut in {province} again, three hours and still nothing {emo_angry}",
                "Tap water in my part of {province} is brown again, can the authorities please check?",
            ],
            "mixed": [
                "App {bank} down ទៀតហើយ transfer មិនចេញ {emo_angry}",
                "Delivery យឺត 1 week ហើយ shop មិន reply 😤 never again",
                "Traffic {province} ម៉ោង 5-7 ស្ទះខ្លាំងណាស់",
                "ភ្លើងដាច់ទៀតហើយនៅ{province} 3 hours ហើយ {emo_angry}",
            ],
            "km-latn": [
                "app {bank} kang tiet hz, ver luy ot chenh {emo_angry}",
                "sach chrouk laeng tlai tiet, pibak rous nas",
                "delivery yert 1 atit hz, shop ot reply, ot tinh tiet te",
                "phleung dach tiet hz nov {province}, 3 mong hz {emo_angry}",
                "traffic {province} mong 5 dol 7 stes nas",
            ],
        },
    ),
    Theme(
        key="hn-health-advice",
        neg_kind="health_advice",
        weight=1.5,
        templates={
            "km": [
                "ការពារ{disease}៖ លាងដៃជាមួយសាប៊ូ ផឹកទឹកស្អាត ហើយទៅពិនិត្យនៅមណ្ឌលសុខភាពបើមានរោគសញ្ញា។",
                "គ្រុនឈាម៖ សម្អាតទឹកដក់ជុំវិញផ្ទះ ដេកក្នុងមុង។ បើក្ដៅខ្លួនខ្លាំងលើសពី ២ ថ្ងៃ សូមទៅពេទ្យភ្លាម។",
                "រាគរូស៖ ផឹកទឹកអំបិលស្ករ ORS ហើយទៅពេទ្យបើកុមារខ្សោយ ឬមិនព្រមផឹក។",
                "មណ្ឌលសុខភាពនៅ{province}ចាក់វ៉ាក់សាំងកុមារដោយឥតគិតថ្លៃ{time}។ យកសៀវភៅសុខភាពកូនមកជាមួយ។",
                "បើសង្ស័យថាមាន{disease} សូមកុំទិញថ្នាំលេបខ្លួនឯង។ ទៅពិនិត្យនៅមន្ទីរពេទ្យ{province}។",
                "{cure} មិនអាចព្យាបាល{disease}បានទេ។ សូមពិគ្រោះជាមួយគ្រូពេទ្យ និងចាក់វ៉ាក់សាំងតាមកាលវិភាគ។",
            ],
            "en": [
                "Preventing {disease}: wash hands with soap, drink clean water, and visit a health centre if you have symptoms.",
                "Dengue season: empty standing water around the house and sleep under a net. High fever over 2 days? See a doctor.",
                "For diarrhoea, give ORS and take the child to a clinic if they are weak or won't drink.",
                "{cure} does not cure {disease}. Talk to a doctor and keep vaccinations on schedule.",
                "Heatwave tips: drink water often, avoid the midday sun, check on elderly neighbours.",
                "Free child vaccinations at the {province} health centre {time}. Bring your child's health book.",
                "If you think you have {disease}, don't self-medicate. Get checked at the {province} referral hospital.",
            ],
            "mixed": [
                "Dengue season ⚠️ សម្អាតទឹកដក់ ដេកក្នុងមុង ក្ដៅខ្លួន > 2 ថ្ងៃ ទៅពេទ្យ",
                "Tip សុខភាព៖ {cure} មិនព្យាបាល{disease}ទេ ពិគ្រោះ doctor",
                "រាគរូស → ផឹក ORS ហើយទៅ clinic បើកូនខ្សោយ",
                "Vaccine កុមារ free នៅមណ្ឌលសុខភាព{province} {time}",
                "សង្ស័យ{disease}? កុំទិញថ្នាំខ្លួនឯង check នៅពេទ្យ{province}",
            ],
            "km-latn": [
                "krun cham: samat tek dak, deik knong mong, kdao kluon klang tov pet plam",
                "leang dai jea mouy sabu, pek tek saat, cheu tov montee sokhapheap",
                "{cure} ot pyeabal {disease} te, som tov pet",
                "vaccine kmeng free nov montee sokhapheap {province} {time}",
                "songsay {disease}? kom tinh thnam eng, tov pinit nov pet {province}",
            ],
        },
    ),
]
