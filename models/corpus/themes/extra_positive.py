# ruff: noqa: E501
"""More positives with different shapes: short comments, product and death hoaxes, recycled photos."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = [
    Theme(
        key="ab-short-comment",
        abuse=("harassment",),
        weight=1.2,
        slots={"jab": {
            "km": ["ល្ងង់ដូចគោ", "មុខក្រាស់", "អាគ្មានខួរ", "ខ្ពើមណាស់", "ស្អុយដូចមាត់", "មីឆ្កួតហ្នឹង", "អាឆ្កែនេះ", "ចង្រៃ"],
            "en": ["stupid as a buffalo", "shameless", "brainless", "disgusting", "trash", "clown", "pathetic loser", "ugly af"],
            "lt": ["lngong dauch ko", "muk kras", "kmean khuor", "kpeum nas", "mi chkuot nis", "a chkae nis", "chongray", "a lngong"],
        }},
        templates={
            "km": ["{name} {jab}", "{jab}! ឈប់ Live ទៅ", "{jab} ចេះតែបោកគេ", "ចុះ{name}វិញ {jab}តាំងពីកើតមក"],
            "en": ["{name} is {jab}", "{jab}. stop going live", "@{name} {jab} lol", "you're {jab}, just log off"],
            "mixed": ["{name} {jab} 🤡", "{jab} ឈប់ live ទៅ", "@{name} ឯង {jab}"],
            "km-latn": ["{name} {jab}", "{jab}, chob live tov", "eng {jab} men", "@{name} {jab} {emo_laugh}"],
        },
    ),
    Theme(
        key="ab-threat-short",
        abuse=("threat",),
        weight=1.0,
        slots={"short_threat": {
            "km": ["ចាំមើល ស្អែកងាប់", "ឃើញមុខពេលណាកាប់ពេលហ្នឹង", "ផ្ទះឯងឆេះយប់នេះ", "ចេញមកក្រៅមក ខ្ញុំរង់ចាំ", "ត្រៀមមឈូសខ្មោចទុកទៅ"],
            "en": ["u dead tmr", "see you outside, bring your friends, you won't walk home", "your house burns tonight",
                   "next time I see you I'm stabbing you", "start digging your grave"],
            "lt": ["cham merl sa'ek ngab", "khernh muk pel na kab pel nung", "ptes eng chheh yub nis",
                   "chenh mok krao mok, knhom cham", "triem mchus kmoch tuk tov"],
        }},
        templates={
            "km": ["{name} {short_threat}", "{short_threat} {emo_angry}", "អា{name} {short_threat}"],
            "en": ["{name} {short_threat}", "{short_threat} {emo_angry}", "@{name} {short_threat}. not a joke"],
            "mixed": ["{name} {short_threat} 🔪", "@{name} {short_threat} not joking", "{short_threat} 😈"],
            "km-latn": ["{name} {short_threat}", "{short_threat} {emo_angry}", "a {name} {short_threat}"],
        },
    ),
    Theme(
        key="fn-product-hoax",
        fake_news=1,
        slots={"product": {
            "km": ["តែស្រកទម្ងន់", "ថ្នាំគ្រាប់ឱសថបុរាណ", "ទឹកអព្ភូតហេតុ", "ក្រែមធ្វើឲ្យស", "ថ្នាំបង្កើនកម្ពស់"],
            "en": ["slimming tea", "herbal capsules", "miracle water", "whitening cream", "height growth pills"],
            "lt": ["te srok tomngon", "thnam boran", "tek apphoutaheth", "cream oy sor", "thnam khpos"],
        }},
        templates={
            "km": ["{product}ទទួលស្គាល់ដោយ{ministry} ស្រក ១០ គីឡូក្នុង ៧ ថ្ងៃ ព្យាបាល{disease}បានទៀតផង! តម្លៃត្រឹម {money}។",
                   "{product}នេះជួយឲ្យជា{disease} ១០០% គ្រូពេទ្យនៅ{province}ក៏ប្រើដែរ។ កុម្ម៉ង់ឥឡូវ ចុះតម្លៃ ៥០%។"],
            "en": ["{product} APPROVED by the {ministry}: lose 10kg in 7 days and it even cures {disease}! Only {money}.",
                   "This {product} cures {disease} 100%, even doctors in {province} use it. Order now, 50% off today only."],
            "mixed": ["{product} approved ដោយ{ministry} ✅ ស្រក 10kg 7 ថ្ងៃ cure {disease} ទៀត 😱 price {money}",
                      "Promotion!! {product} ព្យាបាល {disease} 100% order ឥឡូវ -50%"],
            "km-latn": ["{product} krasuong sokhaphibal torttuol skoal, srok 10kg knong 7 thngai, pyeabal {disease} ban tiet",
                        "{product} nis juoy chea {disease} 100%, order pel nis bunh tlai 50%"],
        },
    ),
    Theme(
        key="fn-death-arrest-rumour",
        fake_news=1,
        slots={"figure": {
            "km": ["តារាចម្រៀងល្បី{name}", "{official}", "ព្រះសង្ឃល្បីនៅ{province}", "អ្នកនាំមុខ TikTok {name}"],
            "en": ["famous singer {name}", "{official}", "a well-known monk in {province}", "TikTok star {name}"],
            "lt": ["neak chrieng lbey {name}", "{official}", "lok song lbey nov {province}", "tiktoker {name}"],
        }},
        templates={
            "km": ["{urgent} {figure}បានទទួលមរណភាពកាលពីយប់មិញ ប៉ុន្តែគ្រួសារលាក់ព័ត៌មាន។ {share_cta}",
                   "{figure}ត្រូវបានចាប់ខ្លួននៅព្រលានយន្តហោះ ពេលកំពុងរត់ចេញពីប្រទេសជាមួយលុយរាប់លានដុល្លារ។ {share_cta}"],
            "en": ["{urgent} {figure} passed away last night but the family is hiding it. {share_cta}",
                   "{figure} was arrested at the airport trying to flee the country with millions of dollars. {share_cta}",
                   "RIP {figure} 🙏 confirmed by hospital staff, media not allowed to report. {share_cta}"],
            "mixed": ["RIP {figure} 🙏 ស្លាប់យប់មិញ គ្រួសារលាក់ {share_cta}",
                      "{figure} ត្រូវ arrest នៅ airport ពេលរត់ចេញជាមួយលុយរាប់លាន 😱 {share_cta}"],
            "km-latn": ["{figure} slab yub minh tae krusa leak, {share_cta}", "{figure} tro chab nov airport rot chenh jea mouy luy ran lean, {share_cta}"],
        },
    ),
    Theme(
        key="fn-recycled-photo",
        fake_news=1,
        slots={"scene": {
            "km": ["ទឹកជំនន់លិចផ្សារ", "ភ្លើងឆេះភូមិទាំងមូល", "ក្រពើរត់ចេញពីកសិដ្ឋាន", "ស្ពានបាក់", "កុប្បកម្មនៅរោងចក្រ"],
            "en": ["floodwater covering the market", "a whole village on fire", "crocodiles escaped from a farm", "the bridge collapsed",
                   "a riot at a garment factory"],
            "lt": ["tek chumnoun lich psar", "phleung chheh phum", "krapeu rot chenh pi kasethan", "spean bak", "kopakam nov rong chak"],
        }},
        templates={
            "km": ["រូបថតថ្ងៃនេះនៅ{province}៖ {scene}! ព័ត៌មានមិនទាន់ចុះផ្សាយ។ {share_cta}", "មើលចុះ {scene}នៅ{province} ម៉ោងនេះ គ្មាននរណាជួយទេ។ {share_cta}"],
            "en": ["Photo taken TODAY in {province}: {scene}! Not on the news yet. {share_cta}", "Look at this, {scene} in {province} right now and nobody is helping. {share_cta}"],
            "mixed": ["Photo ថ្ងៃនេះ {province}៖ {scene}!! {share_cta}", "Live ពី{province} {scene} now 😱 {share_cta}"],
            "km-latn": ["roup thngai nis nov {province}: {scene}! {share_cta}", "merl mer {scene} nov {province} pel nis, {share_cta}"],
        },
    ),
]

THEMES.append(
    Theme(
        key="ab-hate-threat",
        abuse=("hate", "threat"),
        weight=0.7,
        slots={"ethnic": {
            "km": ["យួន", "ចិន", "ចាម", "សៀម"],
            "en": ["Yuon", "Chinese", "Cham", "Siam"],
            "lt": ["yuon", "chen", "cham", "siem"],
        }},
        templates={
            "km": ["ឃើញ{ethnic}ណានៅ{province} វាយវាចោលទៅ! {emo_angry}", "{time}យើងទៅដុតហាង{ethnic}នៅផ្សារ{province} អ្នកណាទៅដែរ?"],
            "en": ["If you see any {ethnic} in {province}, beat them! {emo_angry}", "{time} we go burn the {ethnic} shops at {province} market, who's coming?"],
            "mixed": ["ឃើញ {ethnic} នៅ{province} beat ពួកវាទៅ!!", "{time} ទៅដុតហាង {ethnic} នៅផ្សារ{province} who's in?"],
            "km-latn": ["khernh {ethnic} na nov {province} vay vea chol tov!", "{time} yeung tov dot hang {ethnic} nov psar {province}, neak na tov dae?"],
        },
    )
)
