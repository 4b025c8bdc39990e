"""OpenAI CLIP's byte-level BPE tokenizer, from its merges file (bpe_simple_vocab_16e6.txt.gz).

Written from the published description of the algorithm, independently of cxrfair's C++
tokenizer, so that each checks the other.
"""

import gzip
import html
import re

MERGE_COUNT = 49152 - 256 - 2

try:  # the Unicode classes CLIP's pattern uses; the standard library approximates them
    import regex as _regex

    _PATTERN = _regex.compile(
        r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
        _regex.IGNORECASE)
except ImportError:
    _PATTERN = re.compile(
        r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[^\W\d_]+|\d|(?:[^\s\w]|_)+""",
        re.IGNORECASE)


def byte_symbols():
    """The printable symbol CLIP uses for each byte value, in CLIP's vocabulary order: the bytes
    that are printable as themselves first, then the others, mapped to 256, 257, ..."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("\u00a1"), ord("\u00ac") + 1))
                 + list(range(ord("\u00ae"), ord("\u00ff") + 1)))
    symbols = {value: chr(value) for value in printable}
    extra = 0
    for value in range(256):
        if value not in symbols:
            symbols[value] = chr(256 + extra)
            extra += 1
    return symbols


def read_merges(path):
    """The merge pairs of a CLIP merges file (plain or gzipped), in rank order."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    merges = [tuple(line.split()) for line in lines[1:MERGE_COUNT + 1]]
    if len(merges) != MERGE_COUNT or any(len(pair) != 2 for pair in merges):
        raise ValueError(f"{path}: not a CLIP merges file ({MERGE_COUNT} merges after a header line)")
    return merges


class ClipBpeTokenizer:
    def __init__(self, merges_path, context_length=77):
        self.context_length = context_length
        self.byte_symbols = byte_symbols()
        merges = read_merges(merges_path)
        self.ranks = {pair: rank for rank, pair in enumerate(merges)}
        base = list(self.byte_symbols.values())
        ordered = base + [symbol + "</w>" for symbol in base] + ["".join(pair) for pair in merges]
        ordered += ["<|startoftext|>", "<|endoftext|>"]
        self.ids = {}
        for index, symbol in enumerate(ordered):
            self.ids.setdefault(symbol, index)
        self.start_id = self.ids["<|startoftext|>"]
        self.end_id = self.ids["<|endoftext|>"]
        self.pad_id = 0
        self.cache = {}

    def _bpe(self, word):
        if word in self.cache:
            return self.cache[word]
        parts = list(word[:-1]) + [word[-1] + "</w>"]
        while len(parts) > 1:
            candidates = [(self.ranks.get((a, b), None), i) for i, (a, b) in enumerate(zip(parts, parts[1:]))]
            candidates = [(rank, i) for rank, i in candidates if rank is not None]
            if not candidates:
                break
            best = min(candidates)[0]
            merged = []
            i = 0
            while i < len(parts):
                if i + 1 < len(parts) and self.ranks.get((parts[i], parts[i + 1])) == best:
                    merged.append(parts[i] + parts[i + 1])
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        self.cache[word] = parts
        return parts

    @staticmethod
    def clean(text):
        try:
            import ftfy  # CLIP fixes mojibake first when ftfy is there
            text = ftfy.fix_text(text)
        except ImportError:
            pass
        text = html.unescape(html.unescape(text)).strip()
        return re.sub(r"\s+", " ", text).strip().lower()

    def encode(self, text):
        """Ids with start and end tokens, truncated to the context length (end token kept)."""
        ids = [self.start_id]
        for word in _PATTERN.findall(self.clean(text)):
            symbols = "".join(self.byte_symbols[b] for b in word.encode("utf-8"))
            ids.extend(self.ids[part] for part in self._bpe(symbols))
        ids.append(self.end_id)
        if len(ids) > self.context_length:
            ids = ids[:self.context_length - 1] + [self.end_id]
        return ids
