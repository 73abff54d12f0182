//! Ids from text: letters folded to ASCII, everything else a word break.
//!
//! Implementation note: ids allow only ASCII letters, digits, '-' and '_', so a
//! headline's accented letters are folded ("Dvořák" → "dvorak"), Cyrillic is
//! transliterated with Ukraine's national system (the widget's second language;
//! "Зеленський" → "zelenskyi", without its position-dependent first-letter forms),
//! apostrophes join a word instead of breaking it ("Kyiv's" → "kyivs"), and
//! combining marks are skipped. Other scripts give no letters; the importer then
//! falls back to a numbered id. The Latin table is Unicode's decomposition (NFKD)
//! of Latin-1, Latin Extended-A, the Romanian comma-below letters and Latin
//! Extended Additional (Vietnamese), reduced to its ASCII letters, plus the
//! letters that do not decompose (ß, æ, ø, ł, đ, þ, …).

/// A lowercase id from text: ASCII letters and digits in words joined by '-', at
/// most 48 characters, no '-' at either end; empty when the text has no letters.
pub fn slug(text: &str) -> String {
    let mut folded = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => folded.push(c),
            '\'' | '\u{2019}' | '\u{2bc}' | '\u{300}'..='\u{36f}' => {}
            _ => folded.push_str(fold(c).unwrap_or(" ")),
        }
    }
    let mut id = folded.split_whitespace().collect::<Vec<_>>().join("-");
    id.truncate(48);
    id.trim_end_matches('-').to_string()
}

/// The ASCII spelling of a lowercase letter, if it has one.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ḁ' | 'ẚ' | 'ạ' | 'ả' | 'ấ' | 'ầ'
        | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'æ' => "ae",
        'ḃ' | 'ḅ' | 'ḇ' => "b",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'ḉ' => "c",
        'ð' | 'ď' | 'đ' | 'ḋ' | 'ḍ' | 'ḏ' | 'ḑ' | 'ḓ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ḕ' | 'ḗ' | 'ḙ' | 'ḛ' | 'ḝ' | 'ẹ'
        | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => "e",
        'ḟ' => "f",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ḡ' => "g",
        'ĥ' | 'ħ' | 'ḣ' | 'ḥ' | 'ḧ' | 'ḩ' | 'ḫ' | 'ẖ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ḭ' | 'ḯ' | 'ỉ' | 'ị' => {
            "i"
        }
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' | 'ḱ' | 'ḳ' | 'ḵ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'ḷ' | 'ḹ' | 'ḻ' | 'ḽ' => "l",
        'ḿ' | 'ṁ' | 'ṃ' => "m",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ṅ' | 'ṇ' | 'ṉ' | 'ṋ' => "n",
        'ŋ' => "ng",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ṍ' | 'ṏ' | 'ṑ' | 'ṓ' | 'ọ' | 'ỏ'
        | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'œ' => "oe",
        'ṕ' | 'ṗ' => "p",
        'ŕ' | 'ŗ' | 'ř' | 'ṙ' | 'ṛ' | 'ṝ' | 'ṟ' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' | 'ș' | 'ṡ' | 'ṣ' | 'ṥ' | 'ṧ' | 'ṩ' | 'ẛ' => {
            "s"
        }
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṫ' | 'ṭ' | 'ṯ' | 'ṱ' | 'ẗ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ṳ' | 'ṵ' | 'ṷ' | 'ṹ' | 'ṻ'
        | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => "u",
        'ṽ' | 'ṿ' => "v",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' | 'ẇ' | 'ẉ' | 'ẘ' => "w",
        'ẋ' | 'ẍ' => "x",
        'ý' | 'ÿ' | 'ŷ' | 'ẏ' | 'ẙ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' | 'ẑ' | 'ẓ' | 'ẕ' => "z",
        'а' => "a",
        'б' => "b",
        'ћ' => "c",
        'ч' => "ch",
        'д' => "d",
        'ђ' => "dj",
        'ѕ' | 'џ' => "dz",
        'е' | 'э' | 'ё' => "e",
        'ф' => "f",
        'ѓ' | 'ґ' => "g",
        'г' => "h",
        'й' | 'і' | 'ї' => "i",
        'я' => "ia",
        'є' => "ie",
        'ю' => "iu",
        'ј' => "j",
        'к' | 'ќ' => "k",
        'х' => "kh",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'ш' => "sh",
        'щ' => "shch",
        'т' => "t",
        'ц' => "ts",
        'у' | 'ў' => "u",
        'в' => "v",
        'и' | 'ы' => "y",
        'з' => "z",
        'ж' => "zh",
        'ь' | 'ъ' => "",
        _ => return None,
    })
}
