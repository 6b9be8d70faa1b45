//! The generated text, in one language, before it is written out: helpsite's Fluent files
//! (`mod.rs`) and the Hugo layout's Markdown (`hugo.rs`) are two spellings of the same words.
//!
//! The random numbers are drawn in one fixed order per article and locale, so both layouts of
//! one seed carry the same text and a change of layout never changes helpsite's corpus.

use super::words::{Lang, Unit};
use super::{DETAILED_STEPS, LINKED_CAUSE, Plan, Rng};

/// Writes text in one language, counting words.
struct Writer<'r> {
    rng: &'r mut Rng,
    lang: &'static Lang,
    words: usize,
}

impl<'r> Writer<'r> {
    fn new(rng: &'r mut Rng, lang: &'static Lang) -> Self {
        Writer {
            rng,
            lang,
            words: 0,
        }
    }

    fn separator(&self) -> &'static str {
        if self.lang.spaced { " " } else { "" }
    }

    fn word_list(&mut self, n: usize) -> Vec<String> {
        self.words += n;
        (0..n)
            .map(|_| self.rng.pick(self.lang.words).to_string())
            .collect()
    }

    fn phrase(&mut self, n: usize) -> String {
        self.word_list(n).join(self.separator())
    }

    /// `low..=high` words: capitalised, perhaps a comma and a bold phrase, and a full stop.
    fn sentence(&mut self, low: usize, high: usize) -> String {
        let n = self.rng.between(low, high);
        let mut body = self.clause(n);
        body.push_str(self.lang.stop);
        body
    }

    /// A sentence without its full stop.
    fn clause(&mut self, n: usize) -> String {
        let mut words = self.word_list(n);
        if n >= 6 && self.rng.chance(15) {
            let at = self.rng.between(1, n - 3);
            words[at].insert_str(0, "**");
            words[at + 1].push_str("**");
        }
        if n >= 8 && self.rng.chance(60) {
            let at = self.rng.between(3, n - 4);
            words[at].push_str(self.lang.comma);
        }
        capitalized(&words.join(self.separator()))
    }

    fn sentences(&mut self, count: usize, low: usize, high: usize) -> String {
        (0..count)
            .map(|_| self.sentence(low, high))
            .collect::<Vec<_>>()
            .join(self.separator())
    }

    fn heading(&mut self, low: usize, high: usize) -> String {
        let n = self.rng.between(low, high);
        capitalized(&self.phrase(n))
    }

    /// A sentence around a period: "… within { $days -> … } …".
    fn period_sentence(&mut self, unit: Unit) -> String {
        let (a, b) = (self.rng.between(4, 8), self.rng.between(3, 6));
        let before = capitalized(&self.phrase(a));
        let after = self.phrase(b);
        self.words += 2;
        let sep = self.separator();
        format!(
            "{before}{sep}{}{sep}{after}{}",
            self.lang.period(unit),
            self.lang.stop
        )
    }

    /// A sentence ending in a Markdown link to `destination`.
    fn link_sentence(&mut self, destination: &str) -> String {
        let n = self.rng.between(3, 6);
        let before = capitalized(&self.phrase(n));
        let n = self.rng.between(2, 4);
        let text = self.phrase(n);
        let sep = self.separator();
        format!("{before}{sep}[{text}]({destination}){}", self.lang.stop)
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One article's text in one language. Texts are Markdown (bold, `article:` links) and may hold
/// one Fluent select expression for a period (`Lang::period`): the layouts resolve it.
pub(super) struct ArticleText {
    /// With the question mark, when the title is a question.
    pub title: String,
    pub summary: String,
    pub intro: String,
    pub causes_heading: String,
    pub causes_intro: String,
    pub causes: Vec<CauseText>,
    pub steps_heading: String,
    /// Each step's text and, for the detailed steps, its second paragraph.
    pub steps: Vec<(String, Option<String>)>,
    pub deadlines_heading: String,
    pub deadlines: Vec<String>,
    pub notes_heading: String,
    pub notes: Vec<String>,
    /// How many words the generator wrote.
    pub words: usize,
}

pub(super) struct CauseText {
    pub name: String,
    pub reason: String,
    pub solution: String,
    pub remark: String,
}

/// The text of article `i` (`plans[i]`) in language `LANGS[index]`.
pub(super) fn article_text(
    seed: u64,
    i: usize,
    index: usize,
    lang: &'static Lang,
    plans: &[Plan],
) -> ArticleText {
    let plan = &plans[i];
    let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x9e37_79b9) ^ (index as u64 + 1) << 56);
    let w = &mut Writer::new(&mut rng, lang);
    let sep = w.separator();
    let heading = w.heading(5, 8);
    let question = if w.rng.chance(50) {
        w.lang.question
    } else {
        ""
    };
    let title = format!("{heading}{question}");
    let summary = w.sentences(2, 10, 16);
    let intro = w.sentences(2, 10, 16);

    let causes_heading = w.heading(2, 4);
    let causes_intro = w.sentence(10, 16);
    let mut causes = Vec::with_capacity(plan.causes.len());
    for k in 0..plan.causes.len() {
        let name = w.heading(3, 6);
        let reason = if k == plan.cause_period.0 {
            let period = w.period_sentence(plan.cause_period.1);
            format!("{period}{sep}{}", w.sentence(10, 18))
        } else {
            w.sentences(2, 10, 18)
        };
        let solution = w.sentences(2, 10, 18);
        let mut remark = w.sentence(10, 16);
        if k == LINKED_CAUSE
            && let Some(target) = plan.remark_link
        {
            let link = w.link_sentence(&format!("article:{}", plans[target].id));
            remark = format!("{remark}{sep}{link}");
        }
        causes.push(CauseText {
            name,
            reason,
            solution,
            remark,
        });
    }

    let steps_heading = w.heading(2, 4);
    let mut steps = Vec::with_capacity(plan.steps.len());
    for k in 0..plan.steps.len() {
        let text = if k == plan.step_period.0 {
            w.period_sentence(Unit::Days)
        } else {
            w.sentence(10, 18)
        };
        let detail = DETAILED_STEPS.contains(&k).then(|| w.sentence(10, 18));
        steps.push((text, detail));
    }

    let deadlines_heading = w.heading(2, 4);
    let deadlines = plan
        .deadlines
        .iter()
        .map(|(_, unit, _)| w.period_sentence(*unit))
        .collect();

    let notes_heading = w.heading(2, 4);
    let mut notes = Vec::with_capacity(plan.notes.len());
    for k in 0..plan.notes.len() {
        let mut text = w.sentence(10, 16);
        if k == 0
            && let Some((target, anchor)) = plan.note_link
        {
            let destination = match anchor {
                Some(anchor) => format!("article:{}#{anchor}", plans[target].id),
                None => format!("article:{}", plans[target].id),
            };
            let link = w.link_sentence(&destination);
            text = format!("{text}{sep}{link}");
        }
        notes.push(text);
    }
    ArticleText {
        title,
        summary,
        intro,
        causes_heading,
        causes_intro,
        causes,
        steps_heading,
        steps,
        deadlines_heading,
        deadlines,
        notes_heading,
        notes,
        words: w.words,
    }
}

/// The descriptions of the generated categories (`extra`), in language `LANGS[index]`.
pub(super) fn category_descriptions(
    seed: u64,
    index: usize,
    lang: &'static Lang,
    extra: &[(&str, [&str; 4])],
) -> Vec<String> {
    let mut rng = Rng::new(seed ^ (0x1_0000 * (index as u64 + 1)));
    extra
        .iter()
        .map(|_| Writer::new(&mut rng, lang).sentence(8, 14))
        .collect()
}
