"""Command-line option parsing in the style of the C getopt() function.

getopt(args, shortopts, longopts=[]) scans the argument list (normally
sys.argv[1:]) and returns (options, remaining_args), where options is a
list of (option, value) pairs such as ('-v', '') or ('--out', 'x.txt').

shortopts is a string of option letters; a letter followed by ':' takes
an argument.  longopts is a list of names without the leading '--'; a
name ending in '=' takes an argument.  A long option may be given by any
unambiguous prefix of its name.

getopt() stops at the first non-option argument; gnu_getopt() keeps
scanning and collects the non-options (unless shortopts starts with '+'
or the POSIXLY_CORRECT environment variable is set).  Problems raise
GetoptError (also available as ``error``).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """Raised for an unknown option or a missing/unexpected argument.

    ``msg`` is the message and ``opt`` the option involved (without its
    dashes), or '' when there is none.
    """

    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _normalize_long(longopts):
    # A single long option may be given as a bare string.
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _resolve_long(name, longopts):
    """Return (full_name, takes_argument) for a possibly-abbreviated long
    option name."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    # An exact spelling wins over longer names sharing the prefix.
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    only = candidates[0]
    if only.endswith('='):
        return only[:-1], True
    return only, False


def _take_long(pairs, word, longopts, rest):
    """Handle one '--name[=value]' word; returns the unconsumed args."""
    body = word[2:]
    value = None
    cut = body.find('=')
    if cut >= 0:
        body, value = body[:cut], body[cut + 1:]
    name, wants_value = _resolve_long(body, longopts)
    if wants_value:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name,
                                  name)
            value, rest = rest[0], rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    pairs.append(('--' + name, value or ''))
    return rest


def _short_wants_value(letter, shortopts):
    for k in range(len(shortopts)):
        if letter == shortopts[k] != ':':
            return shortopts.startswith(':', k + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)


def _take_short(pairs, cluster, shortopts, rest):
    """Handle a cluster of short options (the word minus its '-')."""
    while cluster != '':
        letter, cluster = cluster[0], cluster[1:]
        if _short_wants_value(letter, shortopts):
            if cluster == '':
                if not rest:
                    raise GetoptError('option -%s requires argument'
                                      % letter, letter)
                cluster, rest = rest[0], rest[1:]
            # The remainder of the word (or the next word) is the value.
            pairs.append(('-' + letter, cluster))
            cluster = ''
        else:
            pairs.append(('-' + letter, ''))
    return rest


def getopt(args, shortopts, longopts=[]):
    """Parse options from args, stopping at the first non-option.

    Returns (list of (option, value) pairs, remaining arguments).
    """
    found = []
    longopts = _normalize_long(longopts)
    while args:
        word = args[0]
        if not word.startswith('-') or word == '-':
            break       # first non-option argument
        if word == '--':
            args = args[1:]
            break
        if word.startswith('--'):
            args = _take_long(found, word, longopts, args[1:])
        else:
            args = _take_short(found, word[1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-option arguments may be mixed.

    Scanning stops at the first non-option only when shortopts begins
    with '+' or POSIXLY_CORRECT is set in the environment.
    """
    found = []
    leftovers = []
    longopts = _normalize_long(longopts)
    # A leading '+' (or POSIXLY_CORRECT) asks for POSIX behaviour: stop
    # at the first non-option instead of collecting them.
    plus = shortopts.startswith('+')
    shortopts = shortopts[plus:]
    strict = plus or bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        word = args[0]
        if word == '--':
            leftovers += args[1:]
            break
        if word[:2] == '--':
            args = _take_long(found, word, longopts, args[1:])
        elif word[:1] == '-' and word != '-':
            args = _take_short(found, word[1:], shortopts, args[1:])
        elif strict:
            leftovers += args
            break
        else:
            leftovers.append(word)
            args = args[1:]
    return found, leftovers


if __name__ == '__main__':
    import sys
    result = getopt(sys.argv[1:], "a:b", ["alpha=", "beta"])
    print(result)
