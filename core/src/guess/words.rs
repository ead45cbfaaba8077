//! The guesser's vocabulary: the cue words it reads around and inside a run
//! of capitalized words. Each [`List`] is lowercase words separated by
//! spaces, one string, so the wasm holds no pointer per word; the first
//! look-up indexes them all once ([`lexicon`]), and [`has`] and [`find`]
//! are then one hash look-up, whatever the list.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A word list, and its bit in the [`lexicon`].
#[derive(Clone, Copy)]
pub(super) struct List {
    bit: u32,
    words: &'static str,
}

/// Every list's words, each with the bits of the lists it is in.
fn lexicon() -> &'static HashMap<&'static str, u32> {
    static LEXICON: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: HashMap<&'static str, u32> = HashMap::new();
        for list in ALL {
            for word in list.words.split(' ') {
                *map.entry(word).or_default() |= list.bit;
            }
        }
        map
    })
}

/// `word` (lowercased, trailing periods dropped) as the lists write it, and
/// the bits of the lists it is in. A token reads this once; see
/// [`List::has_bits`].
pub(super) fn entry(word: &str) -> Option<(&'static str, u32)> {
    let word = word.trim_end_matches('.');
    let found = if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        lexicon().get_key_value(word.to_lowercase().as_str())
    } else {
        lexicon().get_key_value(word)
    };
    found.map(|(w, bits)| (*w, *bits))
}

impl List {
    /// Whether a word with these [`entry`] bits is in the list.
    pub(super) fn has_bits(self, bits: u32) -> bool {
        bits & self.bit != 0
    }
}

/// The list's entry equal to `word` (lowercased, trailing periods dropped),
/// as the list writes it, for the [`Cue`](crate::Cue).
pub(super) fn find(list: List, word: &str) -> Option<&'static str> {
    entry(word).filter(|(_, bits)| list.has_bits(*bits)).map(|(w, _)| w)
}

pub(super) fn has(list: List, word: &str) -> bool {
    find(list, word).is_some()
}

/// Function words, and common words that are capitalized at a sentence's or
/// a name's edge without being part of it.
pub(super) const STOP: List = List { bit: 1 << 0, words: "\
    a an the and but or nor so yet for in on at to of by with from as if when while after before since until \
    because although though despite however meanwhile instead also according during between among it its this that \
    these those there here he she they we i you his her their our my your who what which where why how some many \
    most more all both each every no not one two three other another such only even just still unfortunately \
    hopefully similarly resultingly unsurprisingly overall undoubtedly notably apart compared moving having \
    existing following beginning depending image edited written read yes then now today yesterday tomorrow last \
    next first second new mr mrs ms dr prof sir analysts experts officials leaders state party government \
    communist comprehensive strategic partnership national international general secretary president minister \
    prime premier chairman vice deputy foreign defense defence public security professor emperor king queen \
    chancellor covid covid-19 internet web disclaimer author biography copyright friendship medal summit summits \
    war cold initiative belt road declaration agreement treaty convention law act strategy policy through \
    throughout across under over amid amidst against without within upon unlike like beyond behind above below \
    around about into onto toward towards via per once whether unless whereas thus therefore hence indeed still \
    already later earlier finally recently currently previously additionally furthermore moreover nevertheless \
    nonetheless otherwise perhaps speaking asked according based under several few any much own same can will \
    would should could may might must shall do does did is are was were be been has have had let please dear \
    thanks thank welcome hello sources source photo video update breaking" };

/// Months and weekdays: never the start of a name.
pub(super) const MONTHS_DAYS: List = List { bit: 1 << 1, words: "\
    january february march april may june july august september october november december jan feb mar apr jun jul \
    aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday" };

/// Nationality and other adjectives.
pub(super) const DEMONYMS: List = List { bit: 1 << 2, words: "\
    vietnamese chinese american russian japanese korean indian filipino philippine thai cambodian laotian lao \
    malaysian indonesian singaporean burmese myanmar australian british french german european asian african \
    western eastern southeast northern southern soviet ukrainian taiwanese marxist leninist marxist-leninist \
    socialist democratic republican muslim christian buddhist catholic english spanish italian dutch canadian \
    mexican brazilian israeli iranian arab turkish pakistani afghan nigerian kenyan egyptian ethiopian ghanaian \
    argentine argentinian chilean colombian peruvian venezuelan cuban polish swedish norwegian danish finnish \
    greek portuguese irish scottish welsh swiss austrian belgian czech hungarian romanian serbian croatian saudi \
    iraqi syrian lebanese jordanian palestinian yemeni qatari emirati kuwaiti bangladeshi nepalese nepali \
    mongolian kazakh uzbek georgian armenian azerbaijani belarusian moldovan hispanic latino latina jewish hindu \
    sikh sunni shia shiite kurdish uyghur tibetan islamic orthodox protestant liberal conservative northeast \
    northwest southwest" };

/// Titles, ranks and roles before a person's name: cues, never part of it.
pub(super) const TITLES: List = List { bit: 1 << 3, words: "\
    president minister premier chairman chairwoman chairperson chair secretary professor prof dr mr mrs ms miss mx \
    ambassador senator governor general admiral colonel spokesperson spokesman spokeswoman researcher analyst \
    scholar expert fellow director writer author journalist reporter economist lawyer attorney activist official \
    leader chief ceo cfo coo cto founder co-founder emperor king queen prince princess pope cardinal bishop \
    archbishop rabbi imam reverend rev father sister brother chancellor envoy diplomat lecturer commentator \
    blogger editor correspondent host captain capt cpt commander cmdr cdr mayor judge justice magistrate \
    prosecutor representative rep sen gen lt sgt maj col adm brig cpl pvt pfc spc ens amb gov pres supt insp det \
    hon successor predecessor wife husband son daughter mother commodore major lieutenant sergeant corporal \
    private specialist airman seaman petty officer marshal brigadier vice-president vice-minister \
    secretary-general undersecretary under-secretary administrator commissioner superintendent inspector detective \
    constable sheriff deputy councillor councilor councilman councilwoman congressman congresswoman lawmaker \
    legislator mp mep speaker coach manager player striker midfielder goalkeeper defender forward champion actor \
    actress singer artist director-general president-elect candidate nominee rapper musician novelist poet \
    photographer scientist physicist astronaut engineer doctor physician surgeon nurse teacher student principal \
    dean provost rector advisor adviser aide counselor counsellor assistant campaigner barrister solicitor \
    cosplayer illustrator rear shadow treasurer auditor partner executive president-designate chieftain sultan \
    emir sheikh shaikh crown lord lady dame baron count duke duchess mullah ayatollah gen." };

/// Honorifics that only ever precede a name ("Daw Khin Aye", "U Aung Min"):
/// a cue, kept outside the span like "Mr".
pub(super) const HONORIFICS: List = List { bit: 1 << 4, words: "u daw ko maung sayadaw bapak ibu pak bu tuan datuk dato haji hajjah khun sri shri smt" };

/// Verbs of speech and thought after a person's name.
pub(super) const SPEECH: List = List { bit: 1 << 5, words: "\
    said says told tells wrote writes noted notes added adds argued argues explained observed stressed believes \
    believed warned warns asked replied suggested insisted claimed tweeted posted stated commented remarked \
    emphasized emphasised concluded predicted acknowledged admitted announced pointed recalled explains recalls \
    thinks thought urged urges added continued confirmed denied responded answered testified complained praised \
    criticized criticised described called vowed" };

/// Words right before a person's name that are no titles: "said Ann Lowe",
/// "according to", "by".
pub(super) const PERSON_BEFORE: List = List { bit: 1 << 6, words: "said says according told asked thanked met named appointed elected" };

/// Nouns that end an organization's name.
pub(super) const ORG_TAIL: List = List { bit: 1 << 7, words: "\
    university institute institution party ministry agency council association center centre magazine foundation \
    bank company corporation corp inc ltd group committee commission office department forum program programme \
    times post news service organization organisation union army navy guard court college school academy assembly \
    congress parliament senate front league alliance federation society network media press daily journal review \
    tribune herald gazette airlines airways bureau authority administration board fund trust club coalition \
    movement force forces police secretariat politburo cabinet tv television radio channel studies command fleet \
    brigade battalion regiment division corps squadron chamber tribunal exchange laboratory laboratories lab labs \
    holdings industries enterprises motors railways railway systems technologies technology pharmaceuticals \
    telecom communications partners ventures cooperative co-operative ministries agencies council caucus \
    directorate inspectorate observatory conservancy registry federation confederation syndicate consortium bloc \
    unit team fc" };

/// Legal forms of companies: a name ending in one ("Acme Media Co. Ltd.") or
/// starting with a prefix form ("PT Pelabuhan Satu") is an organization.
pub(super) const COMPANY_TAIL: List = List { bit: 1 << 8, words: "co ltd inc llc plc gmbh ag sa nv bv pte bhd tbk corp lp llp spa ab oy asa kk jsc pjsc s.a s.p.a n.v" };
pub(super) const COMPANY_HEAD: List = List { bit: 1 << 9, words: "pt cv pjsc jsc ojsc oao zao ooo tbk" };

/// Heads of a place's formal name before "of" and a known place:
/// "Kingdom of Bahrain", "State of Louisiana".
pub(super) const PLACE_OF: List = List { bit: 1 << 10, words: "\
    kingdom state republic commonwealth province city county emirate sultanate principality island islands gulf \
    bay isle territory district municipality region port" };

/// Military units: an ordinal before them and a number after them are
/// part of the name ("2nd Marine Logistics Group", "Battalion 8").
pub(super) const UNIT_TAIL: List = List { bit: 1 << 11, words: "\
    battalion regiment brigade division fleet squadron corps group wing army command force unit detachment company \
    battery legion" };

/// Local officials' titles after the place they serve: "Gulfport Mayor".
pub(super) const JURISDICTION_TITLES: List = List { bit: 1 << 12, words: "mayor mayor-president governor sheriff councilman councilwoman councilor alderman" };

/// Postal codes of the U.S. states: "Yuma, AZ".
pub(super) const STATE_CODES: &str = "\
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR \
    PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

/// Nouns that open an organization's name before "of": "Ministry of …".
pub(super) const ORG_HEAD: List = List { bit: 1 << 13, words: "\
    university ministry institute bank department office council college academy school bureau embassy consulate \
    chamber court commission committee federation association union league society house board agency secretariat \
    government parliament assembly directorate organization organisation order friends museum church party" };

/// Nouns that end a place's name.
pub(super) const PLACE_TAIL: List = List { bit: 1 << 14, words: "\
    sea strait straits island islands province city river bay gulf reef reefs shoal shoals mountains mountain \
    peninsula delta county district airport port harbor harbour lake ocean valley region square palace hall street \
    avenue bridge dam base archipelago atoll cay territory prefecture municipality village town township borough \
    parish canyon desert forest park beach coast highlands lowlands plain plains plateau falls springs heights \
    hills hill canal road boulevard station stadium arena cathedral temple mosque pagoda tower castle fort \
    airfield airbase range basin glacier volcano creek lagoon estuary cape peak ridge oblast governorate emirate \
    kingdom republic corridor neighborhood neighbourhood quarter market" };

/// Local words that open a place's name: "Kampung Baru", "Lake Toba".
pub(super) const PLACE_HEAD: List = List { bit: 1 << 15, words: "\
    kampung kampong kota desa jalan bukit pulau sungai tanjung kuala gunung mount mt lake cape fort isla rio lago \
    monte sierra puerto ciudad bandar teluk selat danau muang wat phnom khao koh ras wadi jebel tel kfar beit san \
    santa sao são st saint ile île port loch" };

/// Compass words that are part of a region's name before a known place:
/// "North Sumatra", "West Java", "Central Luzon".
pub(super) const COMPASS: List = List { bit: 1 << 16, words: "\
    north south east west central upper lower greater northern southern eastern western northeast northwest \
    southeast southwest" };

/// Prepositions before a place.
pub(super) const PLACE_BEFORE: List = List { bit: 1 << 17, words: "in near off across visited visiting outside inside around throughout" };

/// Lowercase words allowed inside a name between capitalized words.
pub(super) const CONNECTORS: List = List { bit: 1 << 18, words: "of for and the de la du del van von der bin binti al & on da dos das di le y e ibn bint el ben" };

/// Lowercase particles inside a person's name: "Abdullatif bin Rashid", "Ursula von der Leyen".
pub(super) const NAME_PARTICLES: List = List { bit: 1 << 19, words: "bin binti ibn bint van von der de da del della di du le la dos das al el ben" };

pub(super) const NUMBERS: List = List { bit: 1 << 20, words: "\
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion first \
    second third fourth fifth" };

/// Name suffixes: part of the name ("Robert T. Hale Jr.").
pub(super) const SUFFIXES: List = List { bit: 1 << 21, words: "jr sr ii iii iv phd esq" };

/// Words that open the name of a thing that is no person, place or org:
/// vessels, operations, exercises, storms, products ("USS …",
/// "Operation …"). Nothing in such a name is guessed; the gazetteer's names
/// inside it still count.
pub(super) const THING_HEAD: List = List { bit: 1 << 22, words: "\
    uss hms hmas hmcs hmnzs ins brp jds js rss kri usns uscgc mv ss rv operation exercise exercises project \
    typhoon hurricane cyclone storm tropical flight mission covid chapter article section battle siege treaty act" };

/// Words that end the name of such a thing: events, laws, awards, games.
pub(super) const THING_TAIL: List = List { bit: 1 << 23, words: "\
    summit summits award awards prize prizes cup games olympics paralympics festival expo fair act treaty accord \
    accords agreement initiative strategy plan declaration convention protocol doctrine index report law bill \
    amendment charter conference talks dialogue week day era dynasty war revolution crisis incident massacre \
    uprising protests championship championships marathon tournament series show exercise exercises drill drills \
    operation campaign challenge deal framework vision mission project scheme policy principle principles rule \
    rules order decree resolution statement communique communiqué pact memorandum partnership dialogue prize medal \
    trophy bowl open classic grand prix rally" };

/// Lowercase nouns after a name that show it names a thing: "the Signal
/// app", "the Sea Breeze exercise", "the Ever Given vessel".
pub(super) const THING_NOUN: List = List { bit: 1 << 24, words: "\
    app apps application platform vessel ship boat ferry tanker carrier destroyer frigate corvette submarine \
    cutter aircraft jet jets fighter drone drones helicopter missile missiles rocket satellite spacecraft \
    telescope rover probe vaccine drug smartphone phone device software chatbot model meme hashtag brand car truck \
    exercise exercises drill drills operation campaign series show film movie book novel album song game video \
    documentary podcast program project initiative law bill act treaty agreement award prize festival summit talks \
    protests storm typhoon hurricane cyclone virus variant strain index report system engine chip chips processor \
    dynasty era" };

/// Articles: never part of a name at its start.
pub(super) const ARTICLES: List = List { bit: 1 << 25, words: "the a an" };

/// Abbreviations that keep their period, so that it ends no sentence.
pub(super) const ABBREVIATIONS: List = List { bit: 1 << 26, words: "dr mr mrs ms st jr sr prof gen lt sen rep col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov amb rev hon supt insp det pres co corp inc ltd bhd pte mt ft no vs messrs mme esq phd spc pfc ens" };

const ALL: [List; 27] = [STOP, MONTHS_DAYS, DEMONYMS, TITLES, HONORIFICS, SPEECH, PERSON_BEFORE, ORG_TAIL, COMPANY_TAIL, COMPANY_HEAD, PLACE_OF, UNIT_TAIL, JURISDICTION_TITLES, ORG_HEAD, PLACE_TAIL, PLACE_HEAD, COMPASS, PLACE_BEFORE, CONNECTORS, NAME_PARTICLES, NUMBERS, SUFFIXES, THING_HEAD, THING_TAIL, THING_NOUN, ARTICLES, ABBREVIATIONS];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_its_own_bit_and_no_empty_word() {
        let mut bits = 0;
        for list in ALL {
            assert_eq!(bits & list.bit, 0, "a bit shared");
            bits |= list.bit;
            assert!(list.words.split(' ').all(|w| !w.is_empty() && w == w.to_lowercase()), "{}", list.words);
        }
    }

    #[test]
    fn lookups_fold_case_and_periods() {
        let rows = [(TITLES, "Col.", Some("col")), (TITLES, "PRESIDENT", Some("president")), (ORG_TAIL, "Institute", Some("institute")), (ORG_TAIL, "said", None), (STOP, "The", Some("the"))];
        for (list, word, want) in rows {
            assert_eq!(find(list, word), want, "{word}");
        }
    }
}
