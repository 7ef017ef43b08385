"""Command-line option and argument parsing (Ferrython implementation).

This module offers the documented public interface of the standard
``argparse`` module: ArgumentParser, Namespace, the Action family, the
help formatter classes, FileType and the two exception types.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

# Special values understood by nargs / help / default.
SUPPRESS, OPTIONAL = '==SUPPRESS==', '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Namespace attribute used by sub-parsers to hand back leftover strings.
_LEFTOVER_KEY = '_unrecognized_args'

_LOOKS_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')
_RUN_OF_SPACE = _re.compile(r'\s+', _re.ASCII)
_TRIPLE_NEWLINE = _re.compile(r'\n\n\n+')


def _is_suppress(value):
    return isinstance(value, str) and value == SUPPRESS


def _terminal_columns():
    """Width of the output terminal, as shutil.get_terminal_size reports it."""
    try:
        import shutil
        return shutil.get_terminal_size().columns
    except (ImportError, AttributeError):
        pass
    try:
        cols = int(_os.environ.get('COLUMNS', ''))
    except ValueError:
        cols = 0
    if cols > 0:
        return cols
    try:
        cols = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except Exception:
        cols = 0
    return cols if cols > 0 else 80


def _discard(seq, item):
    del seq[seq.index(item)]


def _fs_encoding():
    probe = getattr(_sys, 'getfilesystemencoding', None)
    return probe() if probe is not None else 'utf-8'


def _fs_errors():
    probe = getattr(_sys, 'getfilesystemencodeerrors', None)
    return probe() if probe is not None else 'surrogateescape'


# ---------------------------------------------------------------------------
# Shared repr support
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Mixin giving a ``Name(attr=value, ...)`` style repr."""

    def __repr__(self):
        shown = [repr(item) for item in self._get_args()]
        odd_names = {}
        for key, val in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, val))
            else:
                odd_names[key] = val
        if odd_names:
            shown.append('**' + repr(odd_names))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return [(key, val) for key, val in vars(self).items()]

    def _get_args(self):
        return []


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class _Block(object):
    """A (possibly titled) chunk of help output made of deferred renderers."""

    def __init__(self, owner, parent, heading=None):
        self.owner = owner
        self.parent = parent
        self.heading = heading
        self.entries = []

    def render(self):
        owner = self.owner
        nested = self.parent is not None
        if nested:
            owner._indent()
        pieces = []
        for func, params in self.entries:
            piece = func(*params)
            if piece and not _is_suppress(piece):
                pieces.append(piece)
        if nested:
            owner._dedent()
        body = ''.join(pieces)
        if not body:
            return ''
        title = ''
        if self.heading is not None and not _is_suppress(self.heading):
            title = ' ' * owner._current_indent + self.heading + ':\n'
        return '\n' + title + body + '\n'


def _usage_tokens(text):
    """Break a usage string into wrap-able chunks.

    A chunk is a bracketed/parenthesised run that ends right before
    whitespace (or the end), or otherwise a run of non-space characters.
    """
    chunks = []
    pos = 0
    size = len(text)
    while pos < size:
        if text[pos].isspace():
            pos += 1
            continue
        end = -1
        opener = text[pos]
        if opener in '([':
            closer = ')' if opener == '(' else ']'
            probe = pos + 1
            while probe < size:
                if text[probe] != closer:
                    probe += 1
                    continue
                tail = probe
                while tail < size and text[tail] == closer:
                    tail += 1
                if tail == size or text[tail].isspace():
                    end = tail
                    break
                probe = tail
        if end < 0:
            end = pos
            while end < size and not text[end].isspace():
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _exactly(names, count):
    if len(names) != count:
        raise TypeError('metavar tuple has %d items, %d needed'
                        % (len(names), count))
    return names


class HelpFormatter(object):
    """Default formatter for usage and help messages.

    Only the class name is public; the methods are implementation details.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog, self._width = prog, width
        self._indent_increment = step = indent_increment
        self._max_help_position = min(max(width - 20, 2 * step),
                                      max_help_position)
        self._current_indent = self._level = self._action_max_length = 0
        self._root_section = self._current_section = _Block(self, None)

    # -- indentation ------------------------------------------------------
    def _shift(self, sign):
        self._current_indent += sign * self._indent_increment
        self._level += sign
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    # -- building ---------------------------------------------------------
    def start_section(self, heading):
        self._indent()
        child = _Block(self, self._current_section, heading)
        self._current_section.entries.append((child.render, ()))
        self._current_section = child

    def end_section(self):
        finished = self._current_section
        self._current_section = finished.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and not _is_suppress(text):
            self._current_section.entries.append((self._format_text, (text,)))

    def add_usage(self, usage, actions, groups, prefix=None):
        if not _is_suppress(usage):
            self._current_section.entries.append(
                (self._format_usage, (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if _is_suppress(action.help):
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        reach = widest + self._current_indent
        if reach > self._action_max_length:
            self._action_max_length = reach
        self._current_section.entries.append((self._format_action, (action,)))

    def add_arguments(self, actions):
        for act in actions:
            self.add_argument(act)

    def format_help(self):
        text = self._root_section.render()
        if text:
            text = _TRIPLE_NEWLINE.sub('\n\n', text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and not _is_suppress(p))

    # -- usage ------------------------------------------------------------
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = self._prog
        else:
            text = self._compose_usage(actions, groups, prefix)
        return prefix + text + '\n\n'

    def _compose_usage(self, actions, groups, prefix):
        prog = self._prog
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        everything = self._format_actions_usage(flagged + bare, groups)
        text = ' '.join(s for s in (prog, everything) if s)
        room = self._width - self._current_indent
        if len(prefix) + len(text) <= room:
            return text

        opt_chunks = _usage_tokens(self._format_actions_usage(flagged, groups))
        pos_chunks = _usage_tokens(self._format_actions_usage(bare, groups))

        def pack(chunks, pad, lead=None):
            rows = []
            row = []
            used = (len(pad) if lead is None else lead) - 1
            for chunk in chunks:
                if row and used + 1 + len(chunk) > room:
                    rows.append(pad + ' '.join(row))
                    row = []
                    used = len(pad) - 1
                row.append(chunk)
                used += 1 + len(chunk)
            if row:
                rows.append(pad + ' '.join(row))
            if lead is not None and rows:
                rows[0] = rows[0][len(pad):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * room:
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                rows = pack([prog] + opt_chunks, pad, len(prefix))
                rows += pack(pos_chunks, pad)
            elif pos_chunks:
                rows = pack([prog] + pos_chunks, pad, len(prefix))
            else:
                rows = [prog]
        else:
            pad = ' ' * len(prefix)
            rows = pack(opt_chunks + pos_chunks, pad)
            if len(rows) > 1:
                rows = pack(opt_chunks, pad) + pack(pos_chunks, pad)
            rows = [prog] + rows
        return '\n'.join(rows)

    def _usage_piece(self, action, grouped):
        flags = action.option_strings
        if not flags:
            piece = self._format_args(
                action, self._get_default_metavar_for_positional(action))
            if grouped and piece[:1] == '[' and piece[-1:] == ']':
                piece = piece[1:-1]
            return piece
        if action.nargs == 0:
            piece = action.format_usage()
        else:
            meta = self._format_args(
                action, self._get_default_metavar_for_optional(action))
            piece = flags[0] + ' ' + meta
        if not grouped and not action.required:
            piece = '[' + piece + ']'
        return piece

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups are only drawn as a unit when all of
        # their members appear next to each other, in order.
        group_at = {}
        for grp in groups:
            members = grp._group_actions
            if not members:
                raise ValueError('empty group %s' % (grp,))
            for idx, act in enumerate(actions):
                if act is members[0]:
                    span = actions[idx:idx + len(members)]
                    if len(span) == len(members) and all(
                            x is y for x, y in zip(span, members)):
                        group_at.setdefault(idx, grp)
                    break
        out = []
        idx = 0
        while idx < len(actions):
            grp = group_at.get(idx)
            if grp is not None:
                width = len(grp._group_actions)
                shown = []
                for act in actions[idx:idx + width]:
                    if _is_suppress(act.help):
                        continue
                    piece = self._usage_piece(act, True)
                    if piece:
                        shown.append(piece)
                idx += width
                if not shown:
                    continue
                joined = ' | '.join(shown)
                if not grp.required:
                    out.append('[' + joined + ']')
                elif len(shown) > 1:
                    out.append('(' + joined + ')')
                else:
                    out.append(joined)
                continue
            act = actions[idx]
            idx += 1
            if _is_suppress(act.help):
                continue
            piece = self._usage_piece(act, False)
            if piece:
                out.append(piece)
        return ' '.join(out)

    # -- text and actions ---------------------------------------------------
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        avail = max(self._width - self._current_indent, 11)
        margin = ' ' * self._current_indent
        return self._fill_text(text, avail, margin) + '\n\n'

    def _format_action(self, action):
        column = min(self._action_max_length + 2, self._max_help_position)
        help_room = max(self._width - column, 11)
        head_room = column - self._current_indent - 2
        head = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        out = []
        lead = column
        if not action.help:
            out.append(margin + head + '\n')
        elif len(head) <= head_room:
            out.append(margin + head.ljust(head_room) + '  ')
            lead = 0
        else:
            out.append(margin + head + '\n')
        wording = action.help
        if wording and wording.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_room) or ['']
                out.append(' ' * lead + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * column + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        flags = action.option_strings
        if flags and action.nargs == 0:
            return ', '.join(flags)
        if flags:
            fallback = self._get_default_metavar_for_optional(action)
            argtext = self._format_args(action, fallback)
            return ', '.join('%s %s' % (flag, argtext) for flag in flags)
        fallback = self._get_default_metavar_for_positional(action)
        (name,) = self._metavar_formatter(action, fallback)(1)
        return name

    def _metavar_formatter(self, action, default_metavar):
        base = action.metavar
        options = action.choices
        if base is None:
            if options is None:
                base = default_metavar
            else:
                base = '{%s}' % ','.join(str(c) for c in options)

        def expand(count):
            if isinstance(base, tuple):
                return base
            return (base,) * count
        return expand

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        count = action.nargs
        if count is None:
            return '%s' % _exactly(names(1), 1)
        if count == OPTIONAL:
            return '[%s]' % _exactly(names(1), 1)
        if count == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % _exactly(got, 1)
        if count == ONE_OR_MORE:
            return '%s [%s ...]' % _exactly(names(2), 2)
        if count == REMAINDER:
            return '...'
        if count == PARSER:
            return '%s ...' % _exactly(names(1), 1)
        if count == SUPPRESS:
            return ''
        try:
            slots = range(count)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        got = _exactly(names(len(slots)), len(slots))
        return ' '.join('%s' % (g,) for g in got)

    def _expand_help(self, action):
        info = dict(vars(action), prog=self._prog)
        for key in list(info):
            val = info[key]
            if _is_suppress(val):
                del info[key]
            elif hasattr(val, '__name__'):
                info[key] = val.__name__
        if info.get('choices') is not None:
            info['choices'] = ', '.join(str(c) for c in info['choices'])
        return self._get_help_string(action) % info

    def _iter_indented_subactions(self, action):
        getter = getattr(action, '_get_subactions', None)
        if getter is None:
            return
        self._indent()
        yield from getter()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        flat = _RUN_OF_SPACE.sub(' ', text).strip()
        return textwrap.wrap(flat, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _RUN_OF_SPACE.sub(' ', text).strip()
        return textwrap.fill(flat, width=width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        name = action.dest
        return name.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + ln for ln in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every piece of help text exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or _is_suppress(action.default):
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _type_label(self, action):
        return getattr(action.type, '__name__')

    _get_default_metavar_for_optional = _type_label
    _get_default_metavar_for_positional = _type_label


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    if argument is None:
        return None
    flags = argument.option_strings
    if flags:
        return '/'.join(flags)
    if argument.metavar is not None and not _is_suppress(argument.metavar):
        return argument.metavar
    if argument.dest is not None and not _is_suppress(argument.dest):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """Problem with a specific argument (bad value, conflict, ...)."""

    def __init__(self, argument, message):
        self.message, self.argument_name = message, _get_action_name(argument)

    def __str__(self):
        who = self.argument_name
        if who is None:
            return '%s' % (self.message,)
        return 'argument {}: {}'.format(who, self.message)


class ArgumentTypeError(Exception):
    """Raised by type converters to report an unacceptable string."""


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """Describes how one command-line argument is turned into a value."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')
        return [(f, getattr(self, f)) for f in fields]

    def format_usage(self):
        flags = self.option_strings
        return flags[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


_STORE_ZERO = ('nargs for store actions must be != 0; if you have nothing '
               'to store, actions such as store true or store const may be '
               'more appropriate')
_APPEND_ZERO = ('nargs for append actions must be != 0; if arg strings are '
                'not supplying the value to append, the append const action '
                'may be more appropriate')


def _vet_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if const is None or nargs == OPTIONAL:
        return
    raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _put(namespace, name, value):
    setattr(namespace, name, value)


def _fresh_copy(seq):
    """Copy a list-like default so that appending never mutates it."""
    if seq is None:
        return []
    if type(seq) is list:
        return list(seq)
    import copy
    return copy.copy(seq)


class BooleanOptionalAction(Action):
    """Adds a ``--no-NAME`` twin for every ``--NAME`` flag."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        for label, val in (('type', type), ('choices', choices),
                           ('metavar', metavar)):
            if val is not None:
                import warnings
                warnings.warn("The %r parameter of BooleanOptionalAction is "
                              "deprecated and will be removed in 3.14." % label,
                              DeprecationWarning, stacklevel=2)
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        super().__init__(option_strings=flags, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        negated = option_string.startswith('--no-')
        _put(namespace, self.dest, not negated)

    def format_usage(self):
        return ' | '.join(flag for flag in self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _vet_nargs(nargs, const, _STORE_ZERO)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _put(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        _put(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _vet_nargs(nargs, const, _APPEND_ZERO)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_copy(getattr(namespace, self.dest, None))
        bucket.append(values)
        setattr(namespace, self.dest, bucket)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_copy(getattr(namespace, self.dest, None))
        bucket.append(self.const)
        setattr(namespace, self.dest, bucket)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if current is None else current + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


_VERSION_HELP = "show program's version number and exit"


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help=_VERSION_HELP):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_copy(getattr(namespace, self.dest, None))
        bucket.extend(values)
        setattr(namespace, self.dest, bucket)


class _SubParsersAction(Action):
    """Dispatches the remaining strings to a named sub-parser."""

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map, self._choices_actions = {}, []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.setdefault('prog', None) is None:
            kwargs['prog'] = ' '.join((self._prog_prefix, name))
        aliases = tuple(kwargs.pop('aliases', ()))
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in known:
                raise ArgumentError(self,
                                    'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        child = self._parser_class(**kwargs)
        known[name] = child
        for alias in aliases:
            known[alias] = child
        return child

    def _get_subactions(self):
        return list(self._choices_actions)

    def __call__(self, parser, namespace, values, option_string=None):
        chosen = values[0]
        rest = values[1:]
        if not _is_suppress(self.dest):
            setattr(namespace, self.dest, chosen)
        child = self._name_parser_map.get(chosen)
        if child is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        sub_ns, rest = child.parse_known_args(rest, None)
        for key, val in vars(sub_ns).items():
            setattr(namespace, key, val)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_KEY, [])
            getattr(namespace, _LEFTOVER_KEY).extend(rest)


# ---------------------------------------------------------------------------
# FileType
# ---------------------------------------------------------------------------

class FileType(object):
    """Argument type that opens the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                return _sys.stdin.buffer if 'b' in mode else _sys.stdin
            if any(ch in mode for ch in 'wax'):
                return _sys.stdout.buffer if 'b' in mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % mode)
        try:
            return open(string, mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, val in (('encoding', self._encoding),
                         ('errors', self._errors)):
            if val is not None:
                shown.append('%s=%r' % (key, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# Namespace
# ---------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """Plain attribute bag returned by parse_args()."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)

    __hash__ = None


# ---------------------------------------------------------------------------
# Containers of actions (parsers and groups)
# ---------------------------------------------------------------------------

_ACTION_TABLE = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = (argument_default,
                                                        conflict_handler)
        self._registries = {}
        for key, cls in _ACTION_TABLE.items():
            self.register('action', key, cls)
        self._conflict_strategy()   # validates conflict_handler early
        self._actions, self._action_groups = [], []
        self._option_string_actions, self._defaults = {}, {}
        self._mutually_exclusive_groups, self._negative_flags = [], []

    # -- registries -------------------------------------------------------
    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    # -- defaults ---------------------------------------------------------
    def set_defaults(self, **kwargs):
        for key, val in kwargs.items():
            self._defaults[key] = val
        for act in self._actions:
            if act.dest in kwargs:
                act.default = kwargs[act.dest]

    def get_default(self, dest):
        for act in self._actions:
            if act.dest == dest and act.default is not None:
                return act.default
        return self._defaults.get(dest)

    # -- adding arguments -------------------------------------------------
    def add_argument(self, *args, **kwargs):
        """Define how a single command-line argument should be parsed."""
        bare = not args or (len(args) == 1
                            and args[0][0] not in self.prefix_chars)
        if bare:
            if 'dest' in kwargs and len(args) > 0:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._get_positional_kwargs(*args, **kwargs)
        else:
            spec = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in spec:
            target = spec['dest']
            fallback = self.argument_default
            if target in self._defaults:
                spec['default'] = self._defaults[target]
            elif fallback is not None:
                spec['default'] = fallback

        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)

        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))

        make_formatter = getattr(self, '_get_formatter', None)
        if make_formatter is not None:
            try:
                make_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        added = self._add_action(action)
        return added

    def add_argument_group(self, *args, **kwargs):
        grp = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(grp)
        return grp

    def add_mutually_exclusive_group(self, **kwargs):
        grp = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(grp)
        return grp

    def _add_action(self, action):
        self._settle_clashes(action)
        self._actions.extend((action,))
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        if any(_LOOKS_NEGATIVE.match(f) for f in action.option_strings):
            if len(self._negative_flags) == 0:
                self._negative_flags.extend((True,))
        return action

    def _remove_action(self, action):
        del self._actions[self._actions.index(action)]

    def _adopt_actions_of(self, container):
        """Copy every action (and its grouping) from a parent parser."""
        by_title = {}
        for grp in self._action_groups:
            if grp.title in by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (grp.title,))
            by_title[grp.title] = grp

        home = {}
        for grp in container._action_groups:
            target = by_title.get(grp.title)
            if target is None:
                target = self.add_argument_group(
                    title=grp.title, description=grp.description,
                    conflict_handler=grp.conflict_handler)
                by_title[grp.title] = target
            for act in grp._group_actions:
                home[act] = target

        for grp in container._mutually_exclusive_groups:
            clone = self.add_mutually_exclusive_group(required=grp.required)
            for act in grp._group_actions:
                home[act] = clone

        for act in container._actions:
            home.get(act, self)._add_action(act)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        count = kwargs.get('nargs')
        # '?' is never mandatory; '*' only when it has no default of its own
        optional_ok = count == OPTIONAL or (count == ZERO_OR_MORE
                                            and 'default' in kwargs)
        if not optional_ok:
            kwargs.update(required=True)
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        marks = self.prefix_chars
        flags = []
        long_flags = []
        for flag in args:
            if not flag or flag[0] not in marks:
                raise ValueError('invalid option string %r: must start with '
                                 'a character %r' % (flag, marks))
            flags.append(flag)
            if len(flag) > 1 and flag[1] in marks:
                long_flags.append(flag)
        dest = kwargs.pop('dest') if 'dest' in kwargs else None
        if dest is None:
            source = long_flags[0] if long_flags else flags[0]
            dest = source.lstrip(marks)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % source)
            dest = '_'.join(dest.split('-'))
        kwargs.update(dest=dest, option_strings=flags)
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        key = kwargs.pop('action', default)
        return self._registry_get('action', key, key)

    # -- option string conflicts -----------------------------------------
    def _conflict_strategy(self):
        table = {'error': self._clash_is_error,
                 'resolve': self._clash_resolve}
        try:
            return table[self.conflict_handler]
        except (KeyError, TypeError):
            raise ValueError('invalid conflict_resolution value: %r'
                             % (self.conflict_handler,))

    def _settle_clashes(self, action):
        clashes = []
        for flag in action.option_strings:
            other = self._option_string_actions.get(flag)
            if other is not None:
                clashes.append((flag, other))
        if clashes:
            self._conflict_strategy()(action, clashes)

    def _clash_is_error(self, action, clashes):
        noun = 'string' if len(clashes) == 1 else 'strings'
        listing = ', '.join(flag for flag, _ in clashes)
        raise ArgumentError(action,
                            'conflicting option %s: %s' % (noun, listing))

    def _clash_resolve(self, action, clashes):
        for flag, other in clashes:
            other.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not other.option_strings:
                other.container._remove_action(other)


def _nesting_warning(text):
    import warnings
    warnings.warn(text, DeprecationWarning, stacklevel=3)


_SHARED_STATE = ('_registries', '_actions', '_option_string_actions',
                 '_defaults', '_negative_flags', '_mutually_exclusive_groups')


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # share bookkeeping with the owning container
        for attr in _SHARED_STATE:
            setattr(self, attr, getattr(container, attr))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def add_argument_group(self, *args, **kwargs):
        _nesting_warning('Nesting argument groups is deprecated.')
        return super().add_argument_group(*args, **kwargs)

    def _remove_action(self, action):
        super()._remove_action(action)
        _discard(self._group_actions, action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required, self._container = required, container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _nesting_warning('Nesting mutually exclusive groups is deprecated.')
        return super().add_mutually_exclusive_group(*args, **kwargs)

    def _remove_action(self, action):
        owner = self._container
        owner._remove_action(action)
        _discard(self._group_actions, action)


# ---------------------------------------------------------------------------
# Parsing machinery
# ---------------------------------------------------------------------------

# Regular-expression bodies describing how many strings each nargs value
# accepts.  'A' marks an argument, 'O' an option, '-' a literal '--'.
_NARGS_SHAPES = {
    None: '-*A-*',
    OPTIONAL: '-*A?-*',
    ZERO_OR_MORE: '-*[A-]*',
    ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*',
    PARSER: '-*A[-AO]*',
    SUPPRESS: '-*-*',
}

_NARGS_COMPLAINT = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class _ParseRun(object):
    """Book-keeping for one left-to-right pass over the argument strings."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.ns = namespace
        self.extras = []
        self.seen = set()
        self.seen_explicit = set()
        self.rivals = {}
        for grp in parser._mutually_exclusive_groups:
            members = grp._group_actions
            for act in members:
                self.rivals.setdefault(act, []).extend(
                    m for m in members if m is not act)
        self.option_at = {}
        shape = []
        literal = False
        for idx, text in enumerate(strings):
            if literal:
                shape.append('A')
            elif text == '--':
                shape.append('-')
                literal = True
            else:
                found = parser._parse_optional(text)
                if found is None:
                    shape.append('A')
                else:
                    self.option_at[idx] = found
                    shape.append('O')
        self.shape = ''.join(shape)
        self.waiting = list(parser._get_positional_actions())

    def apply(self, action, raw, flag=None):
        self.seen.add(action)
        value = self.parser._get_values(action, raw)
        if value is not action.default:
            self.seen_explicit.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.seen_explicit:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if not _is_suppress(value):
            action(self.parser, self.ns, value, flag)

    def take_option(self, where):
        parser = self.parser
        action, flag, attached = self.option_at[where]
        queued = []
        while True:
            if action is None:
                self.extras.append(self.strings[where])
                return where + 1
            if attached is None:
                first = where + 1
                width = parser._match_argument(action, self.shape[first:])
                stop = first + width
                queued.append((action, self.strings[first:stop], flag))
                break
            wanted = parser._match_argument(action, 'A')
            if (wanted == 0 and flag[1] not in parser.prefix_chars
                    and attached != ''):
                # combined short flags such as -xyz
                queued.append((action, [], flag))
                flag = flag[0] + attached[0]
                follow = parser._option_string_actions.get(flag)
                if follow is None:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % attached)
                action = follow
                attached = attached[1:] or None
                continue
            if wanted == 1:
                stop = where + 1
                queued.append((action, [attached], flag))
                break
            raise ArgumentError(action,
                                'ignored explicit argument %r' % attached)
        for act, raw, used_flag in queued:
            self.apply(act, raw, used_flag)
        return stop

    def take_positionals(self, where):
        counts = self.parser._match_arguments_partial(self.waiting,
                                                      self.shape[where:])
        for act, width in zip(list(self.waiting), counts):
            raw = self.strings[where:where + width]
            where += width
            self.apply(act, raw)
        del self.waiting[:len(counts)]
        return where

    def run(self):
        marks = sorted(self.option_at)
        last = marks[-1] if marks else -1
        pos = 0
        while pos <= last:
            upcoming = min(m for m in marks if m >= pos)
            if pos != upcoming:
                moved = self.take_positionals(pos)
                if moved > pos:
                    pos = moved
                    continue
                pos = moved
            if pos not in self.option_at:
                self.extras.extend(self.strings[pos:upcoming])
                pos = upcoming
            pos = self.take_option(pos)
        pos = self.take_positionals(pos)
        self.extras.extend(self.strings[pos:])
        self.finish()
        return self.ns, self.extras

    def finish(self):
        parser = self.parser
        ns = self.ns
        missing = []
        for act in parser._actions:
            if act in self.seen:
                continue
            if act.required:
                missing.append(_get_action_name(act))
                continue
            dflt = act.default
            if (isinstance(dflt, str) and hasattr(ns, act.dest)
                    and getattr(ns, act.dest) is dflt):
                setattr(ns, act.dest, parser._get_value(act, dflt))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))
        for grp in parser._mutually_exclusive_groups:
            if not grp.required:
                continue
            if any(a in self.seen_explicit for a in grp._group_actions):
                continue
            names = [_get_action_name(a) for a in grp._group_actions
                     if not _is_suppress(a.help)]
            parser.error('one of the arguments %s is required'
                         % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of attributes.

    Keyword arguments mirror the standard library: prog, usage, description,
    epilog, parents, formatter_class, prefix_chars, fromfile_prefix_chars,
    argument_default, conflict_handler, add_help, allow_abbrev and
    exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default,
                         conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class, self.add_help = formatter_class, add_help
        self.fromfile_prefix_chars, self.allow_abbrev = (fromfile_prefix_chars,
                                                         allow_abbrev)
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        self.register('type', None, lambda text: text)

        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')

        for parent in parents:
            self._adopt_actions_of(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    # -- sub-commands -----------------------------------------------------
    def add_subparsers(self, **kwargs):
        if getattr(self, '_subparsers', None) is not None:
            self.error('cannot have multiple subparser arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        titled = any(k in kwargs for k in ('title', 'description'))
        if titled:
            heading = kwargs.pop('title', 'subcommands')
            blurb = kwargs.pop('description', None)
            home = self.add_argument_group(heading, blurb)
        else:
            home = self._positionals
        self._subparsers = home
        if 'prog' not in kwargs:
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        action = factory(option_strings=[], **kwargs)
        home._add_action(action)
        return action

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- entry points -----------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for act in self._actions:
            if _is_suppress(act.dest) or _is_suppress(act.default):
                continue
            if not hasattr(namespace, act.dest):
                setattr(namespace, act.dest, act.default)
        for key, val in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, val)

        try:
            namespace, rest = self._parse_known_args(args, namespace)
        except ArgumentError as exc:
            if not self.exit_on_error:
                raise
            self.error(str(exc))

        if hasattr(namespace, _LEFTOVER_KEY):
            rest.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, rest

    def _parse_known_args(self, arg_strings, namespace):
        strings = arg_strings
        if self.fromfile_prefix_chars:
            strings = self._read_args_from_files(strings)
        return _ParseRun(self, strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:], encoding=_fs_encoding(),
                          errors=_fs_errors()) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                expanded.extend(self._read_args_from_files(found))
            except OSError as exc:
                self.error(str(exc))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Pass one handles only the options (positionals are switched off);
        # pass two feeds everything left over to the positionals.
        positionals = [a for a in self._actions if not a.option_strings]
        for act in positionals:
            if act.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % act.nargs)
        for grp in self._mutually_exclusive_groups:
            for act in grp._group_actions:
                if act in positionals:
                    raise TypeError('parse_intermixed_args: positional in '
                                    'mutuallyExclusiveGroup')
        kept_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            kept = [(a, a.nargs, a.default) for a in positionals]
            for act in positionals:
                act.nargs = SUPPRESS
                act.default = SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for act in positionals:
                    if getattr(namespace, act.dest, None) == [] and \
                            hasattr(namespace, act.dest):
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (act.dest, namespace))
                        delattr(namespace, act.dest)
            finally:
                for act, count, dflt in kept:
                    act.nargs = count
                    act.default = dflt

            flagged = self._get_optional_actions()
            kept_req = [(a, a.required) for a in flagged]
            kept_grp = [(g, g.required) for g in self._mutually_exclusive_groups]
            for act in flagged:
                act.required = False
            for grp in self._mutually_exclusive_groups:
                grp.required = False
            try:
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for act, flag in kept_req:
                    act.required = flag
                for grp, flag in kept_grp:
                    grp.required = flag
        finally:
            self.usage = kept_usage
        return namespace, extras

    # -- helpers used while parsing -------------------------------------
    def _parse_optional(self, arg_string):
        marks = self.prefix_chars
        if not arg_string or arg_string[0] not in marks:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            head, _, tail = arg_string.partition('=')
            if head in known:
                return known[head], head, tail
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            listing = ', '.join(c[1] for c in candidates)
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, listing))
        if len(candidates) == 1:
            return candidates[0]
        if _LOOKS_NEGATIVE.match(arg_string):
            if not self._negative_flags:
                return None
        if ' ' in arg_string:
            return None
        return (None, arg_string, None)

    def _get_option_tuples(self, option_string):
        marks = self.prefix_chars
        found = []
        if option_string[0] in marks and option_string[1] in marks:
            if self.allow_abbrev:
                stem, sep, tail = option_string.partition('=')
                attached = tail if sep else None
                for flag, act in self._option_string_actions.items():
                    if flag.startswith(stem):
                        found.append((act, flag, attached))
        elif option_string[0] in marks:
            short = option_string[:2]
            rest = option_string[2:]
            for flag, act in self._option_string_actions.items():
                if flag == short:
                    found.append((act, flag, rest))
                elif flag.startswith(option_string):
                    found.append((act, flag, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return found

    def _get_nargs_pattern(self, action):
        count = action.nargs
        body = _NARGS_SHAPES.get(count) if not isinstance(count, int) else None
        if body is None:
            body = '-*' + '-*'.join('A' * count) + '-*'
        rx = '(' + body + ')'
        if len(action.option_strings) > 0:
            rx = rx.replace('-*', '').replace('-', '')
        return rx

    def _match_argument(self, action, shape):
        found = _re.match(self._get_nargs_pattern(action), shape)
        if found is None:
            count = action.nargs
            if count in _NARGS_COMPLAINT:
                why = _NARGS_COMPLAINT[count]
            elif count == 1:
                why = 'expected %s argument' % count
            else:
                why = 'expected %s arguments' % (count,)
            raise ArgumentError(action, why)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, shape):
        for cut in range(len(actions), 0, -1):
            rx = ''.join(self._get_nargs_pattern(a) for a in actions[:cut])
            found = _re.match(rx, shape)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _get_values(self, action, arg_strings):
        count = action.nargs
        raw = list(arg_strings)
        if count not in (PARSER, REMAINDER) and '--' in raw:
            raw.remove('--')

        if not raw and count == OPTIONAL:
            fill = action.const if action.option_strings else action.default
            if isinstance(fill, str):
                fill = self._get_value(action, fill)
                self._check_value(action, fill)
            return fill
        if not raw and count == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return raw
            self._check_value(action, action.default)
            return action.default
        if len(raw) == 1 and count in (None, OPTIONAL):
            single = self._get_value(action, raw[0])
            self._check_value(action, single)
            return single
        if count == REMAINDER:
            return [self._get_value(action, s) for s in raw]
        if count == PARSER:
            values = [self._get_value(action, s) for s in raw]
            self._check_value(action, values[0])
            return values
        if count == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in raw]
        for val in values:
            self._check_value(action, val)
        return values

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (label, arg_string))

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is not None and value not in allowed:
            listing = ', '.join(repr(c) for c in allowed)
            raise ArgumentError(action, 'invalid choice: %s (choose from %s)'
                                % (repr(value), listing))

    # -- help output ------------------------------------------------------
    def _formatter_with_usage(self):
        fmt = self._get_formatter()
        groups = self._mutually_exclusive_groups
        fmt.add_usage(self.usage, self._actions, groups)
        return fmt

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        fmt = self._formatter_with_usage()
        fmt.add_text(self.description)
        for grp in self._action_groups:
            fmt.start_section(grp.title)
            fmt.add_text(grp.description)
            fmt.add_arguments(grp._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        target = file or _sys.stderr
        try:
            target.write(message)
        except (AttributeError, OSError):
            pass

    # -- exiting ----------------------------------------------------------
    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print usage and the message to stderr, then exit with status 2."""
        self.print_usage(file=_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
