"""The spaCy component: spans with the place id as kb_id_, expand alignment, optional ents, the entry point."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from toponyms.spacy_component import SPAN_KEY, ToponymsComponent  # noqa: E402


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    nlp = spacy.blank("xx")
    nlp.add_pipe("toponyms")
    return nlp


TEXT = "Stepanakert's mayor went to Шуши and Ստեփանակերտում, then to Nagorno-Karabakh."


def test_spans_carry_place_ids(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXT)
    spans = doc.spans[SPAN_KEY]
    assert [(s.text, s.kb_id_) for s in spans][:3] == [
        ("Stepanakert's", "khankendi"),  # expanded to the token; the mention's own offsets stay in span._.toponym
        ("Шуши", "shusha-city"),
        ("Ստեփանակերտում", "khankendi"),
    ]
    assert all(s.label_ == "LOC" for s in spans)
    first = spans[0]._.toponym
    assert TEXT[first["start"] : first["end"]] == first["text"]
    assert doc.ents == ()  # ents: false by default


def test_ents_option_and_config(nlp) -> None:  # noqa: ANN001
    n2 = spacy.blank("xx")
    n2.add_pipe("toponyms", config={"ents": True, "label": "GPE", "langs": ["ru"]})
    doc = n2(TEXT)
    assert [(e.text, e.kb_id_, e.label_) for e in doc.ents] == [("Шуши", "shusha-city", "GPE")]
    assert n2.config["components"]["toponyms"]["langs"] == ["ru"]


def test_expand_alignment_inside_a_token() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("toponyms")
    doc = nlp("a Karabakh-based group")
    (s,) = doc.spans[SPAN_KEY]
    assert s.kb_id_ == "karabakh" and "Karabakh" in s.text


def test_registered_by_entry_point_and_survives_a_round_trip(tmp_path) -> None:  # noqa: ANN001
    from importlib.metadata import entry_points

    assert any(ep.name == "toponyms" for ep in entry_points(group="spacy_factories"))
    nlp = spacy.blank("xx")
    nlp.add_pipe("toponyms", config={"ents": True})
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert [e.kb_id_ for e in again("Shusha and Baku").ents] == [e.kb_id_ for e in nlp("Shusha and Baku").ents]


def test_pipe_and_direct_use() -> None:
    comp = ToponymsComponent()
    nlp = spacy.blank("xx")
    docs = list(comp.pipe(nlp.pipe(["Shusha", "", "nothing here"])))
    assert [len(d.spans[SPAN_KEY]) for d in docs] == [1, 0, 0]
