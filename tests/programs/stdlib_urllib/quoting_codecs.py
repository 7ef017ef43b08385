# Quoting with lone surrogates and with codecs beyond UTF-8/Latin-1.
from urllib.parse import quote, quote_plus, unquote, urlencode

print(quote("\udcff", errors="surrogateescape"))
print(quote_plus("a \udc80", errors="surrogateescape"))
print(urlencode({"k": "\udcff"}, errors="surrogateescape"))
print(repr(unquote("%FF%41", errors="surrogateescape")))
try:
    quote("\udc80")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(quote("ÿ€", "", "cp1252", "strict"))
print(unquote("%80%FF", encoding="cp1252"))
print(quote("日本", encoding="shift_jis"), unquote("%93%FA%96%7B", encoding="shift_jis"))
