//! Whole numbers as `Intl.NumberFormat` writes them, without ICU.

use super::Locale;

/// A whole number as `Intl.NumberFormat` writes it: `12,345` in English,
/// `12 345` (no-break space) in Ukrainian.
///
/// The separator is the locale's [`Formats::group_separator`](super::Formats::group_separator);
/// groups are of three digits in both languages (and in most others: Hindi's
/// 2-digit groups would need a pattern, not just a separator).
pub fn format_integer(locale: Locale, n: u64) -> String {
    let digits = n.to_string();
    let separator = locale.messages().formats.group_separator;
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}
