"""A spaCy pipeline component: ``nlp.add_pipe("toponyms")`` puts every place name in ``doc.spans["toponyms"]``.

Install with ``pip install "toponyms[spacy]"``. The factory is registered through the ``spacy_factories`` entry
point, so ``add_pipe("toponyms")`` works without importing this module (and a saved pipeline reloads).

Each span has the place id as ``kb_id_``, the label from the config (``LOC``), and the mention itself (id, kind,
name, language, candidates ...) as ``span._.toponym``. Spans are aligned to tokens with
``doc.char_span(start, end, alignment_mode="expand")``: ``Stepanakert's`` under a tokenizer that keeps the
suffix on the token covers the whole token; the exact characters stay in ``span._.toponym["start"/"end"]``.
With ``ents: true`` the spans also go to ``doc.ents`` (merged with existing entities, longest first).

The matching itself never depends on the tokenizer: the whole ``doc.text`` goes through ``Gazetteer.annotate``.
"""

from __future__ import annotations

from typing import Any, List, Optional  # noqa: UP035 - spaCy validates the config from these hints

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import Gazetteer, load

__all__ = ["ToponymsComponent", "make_component", "SPAN_KEY"]

SPAN_KEY = "toponyms"

if not Span.has_extension("toponym"):
    Span.set_extension("toponym", default=None)


class ToponymsComponent:
    """Annotates ``doc.text`` with the gazetteer and records the mentions as spans."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        ents: bool = False,
        label: str = "LOC",
        langs: list[str] | None = None,
        fuzzy: bool = False,
        span_key: str = SPAN_KEY,
    ):
        self.gazetteer = gazetteer if gazetteer is not None else load()
        self.ents = ents
        self.label = label
        self.langs = tuple(langs) if langs else None
        self.fuzzy = fuzzy
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for m in self.gazetteer.annotate(doc.text, langs=self.langs, fuzzy=self.fuzzy):
            span = doc.char_span(m.start, m.end, label=self.label, kb_id=m.place.id, alignment_mode="expand")
            if span is None:  # only whitespace under the mention: nothing to align to
                continue
            span._.toponym = m.to_dict()
            spans.append(span)
        doc.spans[self.span_key] = spans
        if self.ents and spans:
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:  # noqa: ARG002 - spaCy's signature
        for doc in docs:
            yield self(doc)


@Language.factory(
    "toponyms",
    default_config={"ents": False, "label": "LOC", "langs": None, "fuzzy": False, "gazetteer": [], "span_key": SPAN_KEY},
    assigns=["doc.spans", "doc.ents"],
)
def make_component(
    nlp: Language,  # noqa: ARG001 - spaCy's signature
    name: str,  # noqa: ARG001
    ents: bool,
    label: str,
    langs: Optional[List[str]],  # noqa: UP006, UP007
    fuzzy: bool,
    gazetteer: List[str],  # noqa: UP006
    span_key: str,
) -> ToponymsComponent:
    """Build the component; ``gazetteer`` lists extra folders extending or overriding the bundled data."""
    return ToponymsComponent(load(*gazetteer), ents=ents, label=label, langs=langs, fuzzy=fuzzy, span_key=span_key)
