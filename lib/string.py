"""Character-class constants and the capwords helper.

Only the plain constants and capwords are provided here; string formatting
machinery such as Template and Formatter is not part of this module yet.
"""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs by default), capitalize each piece
    and join the pieces back with sep (a single space by default)."""
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join([w.capitalize() for w in words])
