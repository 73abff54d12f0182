//! Ukrainian. Dates as ICU "uk" writes them: genitive months with a day
//! ("6 січня 2026 р."), lowercase weekdays.
//! Counts agree with the number (1 подія, 2 події, 5 подій); where a sentence
//! would need the genitive after "з" ("3 з 21 події"), the count comes after a
//! colon instead ("Показано подій: 3 з 21").

use super::{format_integer, Formats, Locale, Messages, Plural};

fn num(n: usize) -> String {
    format_integer(Locale::Uk, n as u64)
}

fn count(plural: Plural, n: u64) -> String {
    plural.format(Locale::Uk, n)
}

/// Language names in the genitive, as after "переклад з".
fn language_name(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(match primary.as_str() {
        "ar" => "арабської",
        "cs" => "чеської",
        "de" => "німецької",
        "en" => "англійської",
        "es" => "іспанської",
        "fr" => "французької",
        "he" => "івриту",
        "hu" => "угорської",
        "it" => "італійської",
        "ja" => "японської",
        "pl" => "польської",
        "pt" => "португальської",
        "ro" => "румунської",
        "ru" => "російської",
        "tr" => "турецької",
        "uk" => "української",
        "zh" => "китайської",
        _ => return None,
    })
}

/// Ends `text` with a full stop, unless it ends with one already ("2015 р.").
fn sentence(text: String) -> String {
    if text.ends_with('.') {
        text
    } else {
        text + "."
    }
}

/// "через 3 дні": 3 days later.
const LATER: Plural = Plural {
    one: "через {n} день",
    few: "через {n} дні",
    many: "через {n} днів",
    other: "через {n} дня",
};

pub(crate) static UK: Messages = Messages {
    loading: "Завантаження сюжету…",
    try_again: "Спробувати ще раз",
    story_cannot_be_shown: |url| format!("Сюжет із {url} неможливо показати:"),
    fetch_network_failed: |url| {
        format!("Не вдалося завантажити сюжет із {url}: мережевий запит не вдався.")
    },
    fetch_timed_out: |url, seconds| {
        let over = count(
            Plural {
                one: "{n} секунду",
                few: "{n} секунди",
                many: "{n} секунд",
                other: "{n} секунди",
            },
            seconds,
        );
        format!("Сюжет із {url} завантажувався надто довго (понад {over}).")
    },
    fetch_http_error: |url, status, text| {
        format!("Не вдалося завантажити сюжет із {url}: сервер відповів {status} {text}.")
    },
    fetch_not_json: |url, kind| {
        format!("{url} — не файл сюжету: сервер надіслав {kind}, а не JSON.")
    },
    fetch_broke_off: |url| format!("Не вдалося прочитати сюжет із {url}: завантаження обірвалося."),
    fetch_not_utf8: |url, line, column| {
        format!(
            "Сюжет із {url} — не текст UTF-8 (рядок {line}, позиція {column}): \
             збережіть файл у кодуванні UTF-8."
        )
    },
    fetch_too_large: |url, limit| {
        format!("Сюжет із {url} завеликий, щоб його показати (понад {limit} МіБ).")
    },

    updated: "оновлено",
    interface_unavailable: |tag| {
        format!("Інтерфейс цього віджета ще не перекладено мовою «{tag}», тому його показано англійською.")
    },
    problems_in_file: |n| {
        count(
            Plural {
                one: "{n} проблема у файлі сюжету",
                few: "{n} проблеми у файлі сюжету",
                many: "{n} проблем у файлі сюжету",
                other: "{n} проблеми у файлі сюжету",
            },
            n as u64,
        )
    },
    consequence_story: "сюжет неможливо показати",
    consequence_item: "цей елемент пропущено",
    consequence_field: "це значення проігноровано",

    key_questions: "Ключові питання",
    filter_toggle: "Фільтрувати хронологію й картки",
    filters_on: |n| format!("обрано: {}", num(n)),
    parties: "Сторони",
    tracks: "Напрями",
    clear_filters: "Скинути фільтри",
    events_count: |n| {
        count(
            Plural {
                one: "{n} подія",
                few: "{n} події",
                many: "{n} подій",
                other: "{n} події",
            },
            n,
        )
    },
    cards_count: |n| {
        count(
            Plural {
                one: "{n} картка",
                few: "{n} картки",
                many: "{n} карток",
                other: "{n} картки",
            },
            n,
        )
    },
    filter_result: |events, all_events, cards, all_cards| {
        format!(
            "Показано подій: {} з {}; карток: {} з {}.",
            num(events),
            num(all_events),
            num(cards),
            num(all_cards)
        )
    },

    timeline: "Хронологія",
    expected: "Очікується",
    expected_date: |label| format!("Очікується: {label}"),
    about_day: |day| format!("приблизно {day}"),
    no_matching_events: "Жодна подія не відповідає фільтрам.",
    now: "Зараз",
    days_later: |n| count(LATER, n.unsigned_abs()),
    show_earlier_events: |n| {
        count(
            Plural {
                one: "Показати ще {n} попередню подію",
                few: "Показати ще {n} попередні події",
                many: "Показати ще {n} попередніх подій",
                other: "Показати ще {n} попередньої події",
            },
            n,
        )
    },
    show_later_events: |n| {
        count(
            Plural {
                one: "Показати ще {n} наступну подію",
                few: "Показати ще {n} наступні події",
                many: "Показати ще {n} наступних подій",
                other: "Показати ще {n} наступної події",
            },
            n,
        )
    },
    show_more_cards: |n| {
        count(
            Plural {
                one: "Показати ще {n} картку",
                few: "Показати ще {n} картки",
                many: "Показати ще {n} карток",
                other: "Показати ще {n} картки",
            },
            n,
        )
    },
    and_more: |n| format!("і ще {}", num(n as usize)),
    overview_label: "Перейти до дати",
    overview_summary: |n, span| {
        let events = count(
            Plural {
                one: "{n} подія",
                few: "{n} події",
                many: "{n} подій",
                other: "{n} події",
            },
            n,
        );
        sentence(format!("{events}: {span}"))
    },
    overview_later: |n, year| format!("Ще {} пізніше, до {year} р.", num(n as usize)),
    overview_you_are_at: |day| sentence(format!("Ви тут: {day}")),
    later_lane: "Пізніше",
    more_in_column: |n| format!("ще {}", num(n as usize)),
    fewer_in_column: "Згорнути",
    zoom: "Масштаб",
    zoom_day: "День",
    zoom_week: "Тиждень",
    zoom_month: "Місяць",
    zoom_all: "Увесь сюжет",
    scroll_back: "Прокрутити назад",
    scroll_on: "Прокрутити далі",
    events_nav: "Події",
    previous_event: "Попередня подія",
    next_event: "Наступна подія",
    event_position: |position, count| format!("{} з {}", num(position), num(count)),
    event_selected: |title, date, position, count| {
        format!("{title}, {date}. Подія {} з {}.", num(position), num(count))
    },
    where_: "Де",
    who: "Хто",
    bears_on: "Стосується",

    section_agreed: "Про що домовилися",
    section_problems: "Де виникли проблеми",
    section_open: "Що ще не вирішено",
    status_agreed: "Погоджено",
    status_largely_agreed: "Здебільшого погоджено",
    status_in_progress: "Обговорюється",
    status_not_started: "Не розпочато",
    status_disputed: "Є розбіжності",
    status_interpretation_disputed: "Погоджено, але тлумачать по-різному",
    status_not_agreed: "Не погоджено",
    status_dropped: "Знято з розгляду",
    track: "Напрям",
    how_it_changed: "Як це змінювалося",
    on_the_timeline: "На хронології",

    accounts_differ: "Версії розходяться",
    on_record: "Публічна заява",
    anonymous_source: "Анонімне джерело",
    media_report: "Повідомлення ЗМІ",
    document: "Документ",
    citing: |outlet, who| format!("{outlet} з посиланням на {who}"),
    unnamed_source: "неназване джерело",
    translated_from: |tag| match language_name(tag) {
        Some(name) => format!("переклад з {name}"),
        None => format!("переклад з мови «{tag}»"),
    },

    who_stands_where: "Хто яку позицію займає",
    positions_on: "Позиції щодо",
    whats_next: "Що далі",
    depends_on: "Залежить від",
    sources: "Джерела",
    source_number: |n| format!("джерело {}", num(n)),
    show_more_sources: |n| {
        count(
            Plural {
                one: "Показати ще {n} джерело",
                few: "Показати ще {n} джерела",
                many: "Показати ще {n} джерел",
                other: "Показати ще {n} джерела",
            },
            n,
        )
    },

    // Living story: visits and the update log (issue 14).
    badge_new: "Нове",
    badge_updated: "Оновлено",
    changes_since: "Зміни після вашого останнього відвідування",
    since_last_visit: |day| format!("Після вашого останнього відвідування {day}"),
    nothing_new_since: |day| format!("Нічого нового після вашого останнього відвідування {day}"),
    changed_new_events: |n| {
        count(
            Plural {
                one: "{n} нова подія",
                few: "{n} нові події",
                many: "{n} нових подій",
                other: "{n} нові події",
            },
            n as u64,
        )
    },
    changed_updated_events: |n| {
        count(
            Plural {
                one: "{n} подію оновлено",
                few: "{n} події оновлено",
                many: "{n} подій оновлено",
                other: "{n} події оновлено",
            },
            n as u64,
        )
    },
    changed_status: |n| {
        count(
            Plural {
                one: "{n} пункт змінив статус",
                few: "{n} пункти змінили статус",
                many: "{n} пунктів змінили статус",
                other: "{n} пункти змінили статус",
            },
            n as u64,
        )
    },
    changed_new_points: |n| {
        count(
            Plural {
                one: "{n} новий пункт",
                few: "{n} нові пункти",
                many: "{n} нових пунктів",
                other: "{n} нові пункти",
            },
            n as u64,
        )
    },
    changed_updated_points: |n| {
        count(
            Plural {
                one: "{n} пункт оновлено",
                few: "{n} пункти оновлено",
                many: "{n} пунктів оновлено",
                other: "{n} пункти оновлено",
            },
            n as u64,
        )
    },
    changed_new_claims: |n| {
        count(
            Plural {
                one: "{n} нова заява",
                few: "{n} нові заяви",
                many: "{n} нових заяв",
                other: "{n} нові заяви",
            },
            n as u64,
        )
    },
    changed_updated_claims: |n| {
        count(
            Plural {
                one: "{n} заяву оновлено",
                few: "{n} заяви оновлено",
                many: "{n} заяв оновлено",
                other: "{n} заяви оновлено",
            },
            n as u64,
        )
    },
    changed_new_questions: |n| {
        count(
            Plural {
                one: "{n} нове ключове питання",
                few: "{n} нові ключові питання",
                many: "{n} нових ключових питань",
                other: "{n} нові ключові питання",
            },
            n as u64,
        )
    },
    changed_updated_questions: |n| {
        count(
            Plural {
                one: "{n} ключове питання оновлено",
                few: "{n} ключові питання оновлено",
                many: "{n} ключових питань оновлено",
                other: "{n} ключові питання оновлено",
            },
            n as u64,
        )
    },
    changed_new_steps: |n| {
        count(
            Plural {
                one: "{n} новий наступний крок",
                few: "{n} нові наступні кроки",
                many: "{n} нових наступних кроків",
                other: "{n} нові наступні кроки",
            },
            n as u64,
        )
    },
    changed_updated_steps: |n| {
        count(
            Plural {
                one: "{n} наступний крок оновлено",
                few: "{n} наступні кроки оновлено",
                many: "{n} наступних кроків оновлено",
                other: "{n} наступні кроки оновлено",
            },
            n as u64,
        )
    },
    changed_corrections: |n| {
        count(
            Plural {
                one: "{n} виправлення",
                few: "{n} виправлення",
                many: "{n} виправлень",
                other: "{n} виправлення",
            },
            n as u64,
        )
    },
    what_changed: "Що змінилося",
    dismiss: "Закрити",
    update_log: "Оновлення та виправлення",
    update_entry: "Оновлення",
    correction_entry: "Виправлення",
    update_concerns: "Стосується",

    // Time-aware display (issue 14).
    accounts_differed_until: |day| format!("Свідчення розходилися до {day}"),
    settled_by: "Розвʼязано",
    document_issued_by: |document, party| format!("{document}, видав: {party}"),
    deadline: "Кінцевий термін",
    deadline_met: "Термін дотримано",
    deadline_missed: "Термін зірвано",
    deadline_extended: "Термін продовжено",
    deadline_extended_to: |day| format!("Термін продовжено до {day}"),
    deadline_missed_extended_to: |day| format!("Термін зірвано, продовжено до {day}"),
    position_since: |day| format!("з {day}"),
    earlier_positions: "Попередні позиції",
    changed_at: "Змінилося під час події",
    based_on: "На підставі",
    roles_in_talks: "Роль у переговорах",
    role_negotiator: "Сторона переговорів",
    role_mediator: "Посередник",
    role_facilitator: "Організатор",
    role_guarantor: "Гарант",
    role_verifier: "Перевіряє виконання",
    role_critic: "Критик",
    role_observer: "Спостерігач",
    medium_written_statement: "у письмовій заяві",
    medium_press_conference: "на пресконференції",
    medium_interview: "в інтервʼю",
    medium_social_media: "у соцмережах",
    medium_televised_address: "у телезверненні",
    medium_speech: "у промові",
    medium_briefing: "на брифінгу",

    formats: Formats {
        months_short: [
            "січ.",
            "лют.",
            "бер.",
            "квіт.",
            "трав.",
            "черв.",
            "лип.",
            "серп.",
            "вер.",
            "жовт.",
            "лист.",
            "груд.",
        ],
        months_with_day: [
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
        // "пʼятниця" with U+02BC MODIFIER LETTER APOSTROPHE, as ICU writes it.
        weekdays: [
            "понеділок",
            "вівторок",
            "середа",
            "четвер",
            "п\u{2bc}ятниця",
            "субота",
            "неділя",
        ],
        day_month: "{d} {M}",
        day_month_year: "{d} {M} {y} р.",
        weekday_day_month_year: "{W}, {d} {M} {y} р.",
        span_same_month: "{d1}–{d2} {M2} {y2} р.",
        span_same_year: "{d1} {M1} – {d2} {M2} {y2} р.",
        span_across_years: "{d1} {M1} {y1} – {d2} {M2} {y2} рр.",
        group_separator: "\u{a0}",
    },
};
