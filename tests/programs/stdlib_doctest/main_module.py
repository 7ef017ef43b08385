"""A word statistics script that tests itself with doctest.testmod().

>>> count_words("the cat and the hat")
{'the': 2, 'cat': 1, 'and': 1, 'hat': 1}
"""
import doctest
import io
import os
import sys


def count_words(text):
    """Count each word.

    >>> count_words("")
    {}
    >>> counts = count_words("a b a")
    >>> counts['a']
    2
    >>> sorted(counts.items())
    [('a', 2), ('b', 1)]
    """
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def longest(words):
    """Return the longest word (first on ties).

    >>> longest(['pear', 'fig', 'apple'])
    'apple'
    >>> longest([])
    Traceback (most recent call last):
        ...
    ValueError: no words
    >>> def shout(w):
    ...     return w.upper() + '!'
    >>> shout(longest(['hi', 'hello']))
    'HELLO!'
    >>> for w in ['x', 'yy']:
    ...     print(w, len(w))
    x 1
    yy 2
    >>> print('line one\\n\\nline three')
    line one
    <BLANKLINE>
    line three
    >>> print("  spaced   out  ")  # doctest: +NORMALIZE_WHITESPACE
    spaced out
    """
    if not words:
        raise ValueError("no words")
    best = words[0]
    for w in words[1:]:
        if len(w) > len(best):
            best = w
    return best


class Histogram:
    """Text histogram.

    >>> h = Histogram({'a': 3, 'b': 1})
    >>> print(h.render())
    a ***
    b *
    >>> h.widest()  # doctest: +ELLIPSIS
    'a...'
    """

    def __init__(self, counts):
        self.counts = counts

    def render(self):
        return '\n'.join('%s %s' % (k, '*' * v) for k, v in sorted(self.counts.items()))

    def widest(self):
        """
        >>> Histogram({'zz': 5, 'y': 9}).widest()
        'y has 9'
        >>> Histogram({}).widest() is None
        True
        """
        if not self.counts:
            return None
        key = max(self.counts, key=self.counts.get)
        return '%s has %d' % (key, self.counts[key])


def flaky():
    """
    >>> print('actual')
    expected
    >>> 2 ** 10
    1024
    """


def quiet_testmod(**kwargs):
    """Run testmod() on this script, hiding the folder part of its path."""
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        result = doctest.testmod(**kwargs)
    finally:
        sys.stdout = saved
    folder = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(buf.getvalue().replace(folder, ''), end='')
    return result


if __name__ == "__main__":
    print(quiet_testmod())
    print(quiet_testmod(verbose=True))
    print(quiet_testmod(exclude_empty=True, report=False, verbose=False,
                        optionflags=doctest.SKIP))
    print(quiet_testmod(m=sys.modules['__main__'], name='words',
                        optionflags=doctest.REPORT_NDIFF))
    print(sys.stdout is sys.__stdout__)
