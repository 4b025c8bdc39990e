"""BERT's WordPiece tokenizer (basic tokenization, then greedy longest-match word pieces), from
a vocab.txt. Written from BERT's published description, independently of cxrfair's C++
tokenizer, so that each checks the other."""

import unicodedata

MAX_WORD_CHARS = 100


def _is_punctuation(char):
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code):
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
            or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F)


def _basic_words(text, lowercase):
    cleaned = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD:
            continue
        category = unicodedata.category(char)
        if char in "\t\n\r" or category == "Zs":
            cleaned.append(" ")
        elif category in ("Cc", "Cf"):
            continue
        elif _is_cjk(code):
            cleaned.append(f" {char} ")
        else:
            cleaned.append(char)
    words = []
    for word in "".join(cleaned).split():
        if lowercase:
            word = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                           if unicodedata.category(c) != "Mn")
        current = ""
        for char in word:
            if _is_punctuation(char):
                if current:
                    words.append(current)
                words.append(char)
                current = ""
            else:
                current += char
        if current:
            words.append(current)
    return words


class WordPieceTokenizer:
    def __init__(self, vocab_path, context_length=512, lowercase=True):
        with open(vocab_path, encoding="utf-8") as handle:
            tokens = handle.read().split("\n")
        if tokens and tokens[-1] == "":
            tokens.pop()
        self.ids = {}
        for index, token in enumerate(tokens):
            self.ids.setdefault(token.strip(), index)
        for special in ("[PAD]", "[UNK]", "[CLS]", "[SEP]"):
            if special not in self.ids:
                raise ValueError(f"{vocab_path}: no {special} token, not a BERT vocabulary")
        self.context_length = context_length
        self.lowercase = lowercase
        self.pad_id = self.ids["[PAD]"]

    def _pieces(self, word):
        if len(word) > MAX_WORD_CHARS:
            return [self.ids["[UNK]"]]
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found = self.ids[piece]
                    break
                end -= 1
            if found is None:
                return [self.ids["[UNK]"]]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text):
        """[CLS] pieces [SEP], truncated to the context length ([SEP] kept)."""
        ids = [self.ids["[CLS]"]]
        for word in _basic_words(text, self.lowercase):
            ids.extend(self._pieces(word))
        ids.append(self.ids["[SEP]"])
        if len(ids) > self.context_length:
            ids = ids[:self.context_length - 1] + [self.ids["[SEP]"]]
        return ids

