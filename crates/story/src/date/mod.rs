//! Calendar days, timestamps and the four kinds of event date.
//!
//! A negotiation story rarely has only exact dates: "last week" and "within the
//! next 7–10 days" are dates too. [`EventDate`] keeps the wording next to a
//! machine-usable window so the timeline can place the event and still show
//! what the reporter wrote.
//!
//! Days and timestamps are parsed by hand rather than with the `time` crate:
//! the widget needs only `YYYY-MM-DD`, RFC 3339 and day arithmetic, and the
//! crate's general parser and formatter were about 25 KB of the wasm. The rules
//! are `time` 0.3's (`[year]-[month]-[day]` and `Rfc3339`), checked against it
//! in `tests/dates.rs`.

mod day;
mod event_date;
mod timestamp;

pub use day::Day;
pub use event_date::EventDate;
pub use timestamp::Timestamp;

/// `n` ASCII digits at the start of `text` as a number, and the rest.
fn digits(text: &[u8], n: usize) -> Option<(u32, &[u8])> {
    let (head, rest) = (text.get(..n)?, &text[n..]);
    let mut value = 0;
    for &byte in head {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(byte - b'0');
    }
    Some((value, rest))
}

/// `byte` at the start of `text`, and the rest.
fn literal(text: &[u8], byte: u8) -> Option<&[u8]> {
    match text {
        [first, rest @ ..] if *first == byte => Some(rest),
        _ => None,
    }
}
