//! The model's enums and attributions in words, in each interface language.
//!
//! The words themselves are messages of the catalogue ([`crate::Messages`]);
//! here is only which message names which variant, next to the model rather
//! than in `i18n/`, so a new status or kind is labelled where it is declared.

use crate::{
    Attribution, AttributionKind, Diagnostic, Impact, Locale, Source, Status, StatusGroup, Story,
};

impl Status {
    /// The word for the status in `locale`, shown next to its icon
    /// ([`Status::label_en`] in English).
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            Status::Agreed => m.status_agreed,
            Status::LargelyAgreed => m.status_largely_agreed,
            Status::InProgress => m.status_in_progress,
            Status::NotStarted => m.status_not_started,
            Status::Disputed => m.status_disputed,
            Status::InterpretationDisputed => m.status_interpretation_disputed,
            Status::NotAgreed => m.status_not_agreed,
            Status::Dropped => m.status_dropped,
        }
    }
}

impl StatusGroup {
    /// The section heading in `locale` ([`StatusGroup::title_en`] in English).
    pub fn title(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            StatusGroup::Agreed => m.section_agreed,
            StatusGroup::Problems => m.section_problems,
            StatusGroup::Open => m.section_open,
        }
    }
}

impl AttributionKind {
    /// The kind in words in `locale` ([`AttributionKind::label_en`] in English).
    pub fn label(self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self {
            AttributionKind::OnRecord => m.on_record,
            AttributionKind::AnonymousSource => m.anonymous_source,
            AttributionKind::MediaReport => m.media_report,
            AttributionKind::Document => m.document,
        }
    }
}

impl Attribution {
    /// Who the claim is attributed to, in `locale` ([`Attribution::label_en`] in
    /// English). Names, roles and descriptions are the story's own words.
    pub fn label(&self, story: &Story, first_source: Option<&Source>, locale: Locale) -> String {
        let messages = locale.messages();
        let speaker = self.speaker.as_ref().and_then(|id| story.party(id));
        let outlet = first_source.map(|source| source.outlet.as_str());
        if self.kind == AttributionKind::Document {
            // A document speaks for itself: "Parameters for a JCPOA (US State Department)",
            // with who issued it when that is not the outlet already.
            let document = self.document.as_ref().and_then(|id| story.source(id));
            if let Some(document) = document {
                let named = match &document.title {
                    Some(title) => format!("{title} ({})", document.outlet),
                    None => document.outlet.clone(),
                };
                return match speaker {
                    Some(party) if party.name != document.outlet => {
                        (messages.document_issued_by)(&named, &party.name)
                    }
                    _ => named,
                };
            }
        }
        match (self.kind, speaker, self.described_as.as_deref(), outlet) {
            (_, Some(party), _, _) => match &party.role {
                Some(role) => format!("{} ({role})", party.name),
                None => party.name.clone(),
            },
            (AttributionKind::MediaReport, None, Some(who), Some(outlet)) => {
                (messages.citing)(outlet, who)
            }
            (AttributionKind::MediaReport, None, None, Some(outlet)) => outlet.to_string(),
            (_, None, Some(who), _) => who.to_string(),
            (_, None, None, _) => messages.unnamed_source.to_string(),
        }
    }
}

impl Diagnostic {
    /// What happens because of the problem, in `locale`
    /// ([`Diagnostic::consequence`] in English).
    pub fn consequence_in(&self, locale: Locale) -> &'static str {
        let m = locale.messages();
        match self.impact() {
            Impact::Story => m.consequence_story,
            Impact::Item => m.consequence_item,
            Impact::Field => m.consequence_field,
        }
    }
}
