"""Command-line option parsing in the classic getopt-like style:
declare options on an OptionParser, then parse_args() returns a Values
object holding the option values and the list of leftover arguments."""

__version__ = '1.5.3'

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

import os
import sys
import textwrap


def _repr(self):
    return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)


def _(text):
    # placeholder for message translation
    return text


# ---- exceptions ------------------------------------------------------------

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """Raised for a badly declared Option."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = '%s' % (option,)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return 'option %s: %s' % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Raised when an option string is added twice."""


class OptionValueError(OptParseError):
    """Raised when an option value on the command line is invalid."""


class BadOptionError(OptParseError):
    """Raised for an unknown option on the command line."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """Raised when an abbreviated long option matches several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = list(possibilities)

    def __str__(self):
        return (_('ambiguous option: %s (%s?)')
                % (self.opt_str, ', '.join(self.possibilities)))


# ---- help formatting -------------------------------------------------------

def _terminal_width():
    try:
        return int(os.environ.get('COLUMNS', '80'))
    except ValueError:
        return 80


class HelpFormatter:
    """Base class for producing help text; see IndentedHelpFormatter."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = _terminal_width() - 2
        self.parser = None
        self.indent_increment, self.width = indent_increment, width
        self.max_help_position = min(max_help_position,
                                     max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.current_indent = self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = '%default'
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = '%s %s', '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != '' and delim != ' ':
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s{}%s'.format(delim)

    def set_long_opt_delimiter(self, delim):
        if delim != '=' and delim != ' ':
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s{}%s'.format(delim)

    def indent(self):
        self.level += 1
        self.current_indent = self.current_indent + self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent = self.current_indent - self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        pad = self.current_indent * ' '
        return textwrap.fill(text, max(11, self.width - self.current_indent),
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n%s\n' % self._format_text(epilog) if epilog else ''

    def expand_default(self, option):
        tag = self.default_tag
        if not tag or self.parser is None:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(shown))

    def format_option(self, option):
        """Help lines for one option: its strings, then its wrapped help."""
        label = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = self.current_indent * ' '
        out = []
        if len(label) <= room:
            out.append(lead + label.ljust(room) + '  ')
            first_pad = ''
        else:
            out.append(lead + label + '\n')
            first_pad = self.help_position * ' '
        if not option.help:
            if not out[0].endswith('\n'):
                out.append('\n')
            return ''.join(out)
        wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
        hang = self.help_position * ' '
        for n, text in enumerate(wrapped):
            out.append((first_pad if n == 0 else hang) + text + '\n')
        return ''.join(out)

    def store_option_strings(self, parser):
        """Compute every option's label and, from them, the help column."""
        self.indent()
        widest = self._remember_labels(parser.option_list, 0)
        self.indent()   # group members sit one level deeper
        for g in parser.option_groups:
            widest = self._remember_labels(g.option_list, widest)
        self.dedent()
        self.dedent()
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def _remember_labels(self, options, widest):
        for opt in options:
            label = self.format_option_strings(opt)
            self.option_strings[opt] = label
            widest = max(widest, self.current_indent + len(label))
        return widest

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' style label of an option."""
        if option.takes_value():
            meta = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, meta) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, meta) for s in option._long_opts]
        else:
            shorts, longs = option._short_opts, option._long_opts
        ordered = shorts + longs if self.short_first else longs + shorts
        return ', '.join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Help with indented option lists (the default)."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return '%s%s:\n' % (' ' * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Help with underlined section titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        underline = ('=' if self.level == 0 else '-') * len(heading)
        return heading + '\n' + underline + '\n'


# ---- value conversion ------------------------------------------------------

def _parse_num(text, kind):
    prefix = text[:2].lower()
    if prefix == '0x':
        return kind(text, 16)
    if prefix == '0b':
        return kind(text[2:] or '0', 2)
    if text.startswith('0'):
        return kind(text[1:] or '0', 8)
    return kind(text, 10)


def _parse_int(text):
    return _parse_num(text, int)


_builtin_cvt = {'int': (_parse_int, _('integer')),
                'long': (_parse_int, _('integer')),
                'float': (float, _('floating-point')),
                'complex': (complex, _('complex'))}


def check_builtin(option, opt, value):
    convert, label = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r')
                               % (opt, label, value))


def check_choice(option, opt, value):
    allowed = option.choices
    if value not in allowed:
        listing = ', '.join([repr(c) for c in allowed])
        raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)')
                               % (opt, value, listing))
    return value


NO_DEFAULT = ('NO', 'DEFAULT')


# ---- Option ----------------------------------------------------------------

class Option:
    """One command-line option: its strings, action, type and destination."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
               'append_const', 'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false',
                     'append', 'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')

    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')

    TYPE_CHECKER = {'int': check_builtin,
                    'long': check_builtin,
                    'float': check_builtin,
                    'complex': check_builtin,
                    'choice': check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for validate in self.CHECK_METHODS:
            validate(self)

    def _check_opt_strings(self, opts):
        given = [text for text in opts if text]
        if given:
            return given
        raise TypeError('at least one option string must be supplied')

    def _set_opt_strings(self, opts):
        for text in opts:
            if len(text) < 2:
                raise OptionError('invalid option string %r: must be at least '
                                  'two characters long' % text, self)
            if len(text) > 2:
                if text[:2] != '--' or text[2] == '-':
                    raise OptionError('invalid long option string %r: must start '
                                      'with --, followed by non-dash' % text, self)
                self._long_opts += [text]
            else:
                if text[0] != '-' or text[1] == '-':
                    raise OptionError('invalid short option string %r: must be '
                                      'of the form -x, (x any non-dash char)' % text,
                                      self)
                self._short_opts += [text]

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == 'default' else None
            setattr(self, name, attrs.pop(name, fallback))
        if attrs:
            raise OptionError('invalid keyword arguments: %s'
                              % ', '.join(sorted(attrs)), self)

    # -- validation of the declaration --

    def _check_action(self):
        act = self.action
        if act is None:
            self.action = 'store'
        elif act not in self.ACTIONS:
            raise OptionError('invalid action: %r' % (act,), self)

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'choice' if self.choices is not None else 'string'
            return
        if isinstance(kind, type):
            kind = kind.__name__
        if kind == 'str':
            kind = 'string'
        self.type = kind
        if kind not in self.TYPES:
            raise OptionError('invalid option type: %r' % (kind,), self)
        if not self.action in self.TYPED_ACTIONS:
            raise OptionError('must not supply a type for action %r' % (self.action,),
                              self)

    def _check_choice(self):
        if self.type != 'choice':
            if self.choices is not None:
                raise OptionError('must not supply choices for type %r' % (self.type,),
                                  self)
            return
        if self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if not isinstance(self.choices, (tuple, list)):
            supplied = type(self.choices).__name__
            raise OptionError("choices must be a list of strings ('%s' supplied)"
                              % supplied, self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1:]

    def _check_const(self):
        if self.const is not None and not self.action in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r"
                              % (self.action,), self)

    def _check_nargs(self):
        if not self.action in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r"
                                  % (self.action,), self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        fn, cargs, ckw = self.callback, self.callback_args, self.callback_kwargs
        if self.action != 'callback':
            if fn is not None:
                raise OptionError('callback supplied (%r) for non-callback option'
                                  % (fn,), self)
            if cargs is not None:
                raise OptionError('callback_args supplied for non-callback option',
                                  self)
            if ckw is not None:
                raise OptionError('callback_kwargs supplied for non-callback option',
                                  self)
            return
        if not callable(fn):
            raise OptionError('callback not callable: %r' % (fn,), self)
        if not (cargs is None or isinstance(cargs, tuple)):
            raise OptionError('callback_args, if supplied, must be a tuple: not %r'
                              % (cargs,), self)
        if not (ckw is None or isinstance(ckw, dict)):
            raise OptionError('callback_kwargs, if supplied, must be a dict: not %r'
                              % (ckw,), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return not self.type is None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    # -- processing of command-line values --

    def check_value(self, opt, value):
        convert = self.TYPE_CHECKER.get(self.type)
        return value if convert is None else convert(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Apply the action to values; subclasses add actions by overriding."""
        if action in ('store', 'store_const', 'store_true', 'store_false'):
            stored = {'store': value, 'store_const': self.const,
                      'store_true': True, 'store_false': False}[action]
            setattr(values, dest, stored)
        elif action in ('append', 'append_const'):
            item = value if action == 'append' else self.const
            values.ensure_value(dest, []).append(item)
        elif action == 'count':
            total = values.ensure_value(dest, 0)
            setattr(values, dest, total + 1)
        elif action == 'callback':
            extra = self.callback_args or ()
            named = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra, **named)
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option

SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'


# ---- Values ----------------------------------------------------------------

class Values:
    """Plain attribute holder for parsed option values."""

    def __init__(self, defaults=None):
        for key, val in (defaults or {}).items():
            setattr(self, key, val)

    def __str__(self):
        return repr(vars(self))

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, dict):
            return vars(self) == other
        if isinstance(other, Values):
            return vars(self) == vars(other)
        return NotImplemented

    def _update_careful(self, dict):
        for key in dir(self):
            new = dict.get(key) if key in dict else None
            if new is not None:
                setattr(self, key, new)

    def _update_loose(self, dict):
        vars(self).update(dict)

    def _update(self, dict, mode):
        updaters = {'careful': self._update_careful, 'loose': self._update_loose}
        if mode not in updaters:
            raise ValueError('invalid update mode: %r' % (mode,))
        updaters[mode](dict)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
            return value
        return getattr(self, attr)


# ---- containers ------------------------------------------------------------

class OptionContainer:
    """Shared behaviour of OptionParser and OptionGroup."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class, self.description = option_class, description
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        # groups register their options in the parser's own tables
        for name in ('_short_opt', '_long_opt', 'defaults'):
            setattr(self, name, getattr(parser, name))

    def set_conflict_handler(self, handler):
        if handler != 'error' and handler != 'resolve':
            raise ValueError('invalid conflict_resolution value %r' % (handler,))
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _table_for(self, opt):
        return self._long_opt if opt.startswith('--') else self._short_opt

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts
                   if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts
                    if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s'
                                      % ', '.join(s for s, _o in clashes), option)
        # 'resolve': the older option gives up the contested strings
        for text, older in clashes:
            strings = older._long_opts if text.startswith('--') else older._short_opts
            strings.remove(text)
            del self._table_for(text)[text]
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError('not an Option instance: %r' % (first,))
        self._check_conflict(option)
        option.container = self
        self.option_list += [option]
        for text in option._short_opts + option._long_opts:
            self._table_for(text)[text] = option
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        found = self._short_opt.get(opt_str)
        return found or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return any(opt_str in table for table in (self._short_opt, self._long_opt))

    def remove_option(self, opt_str):
        found = self._short_opt.get(opt_str)
        if found is None:
            found = self._long_opt.get(opt_str)
            if found is None:
                raise ValueError('no such option %r' % (opt_str,))
        for text in found._short_opts + found._long_opts:
            del self._table_for(text)[text]
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        shown = [o for o in self.option_list if o.help is not SUPPRESS_HELP]
        return ''.join(map(formatter.format_option, shown))

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        sections = []
        if self.description:
            sections.append(self.format_description(formatter))
        if self.option_list:
            sections.append(self.format_option_help(formatter))
        return '\n'.join(sections)


class OptionGroup(OptionContainer):
    """A titled group of options shown together in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            body = super().format_help(formatter)
        finally:
            formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """Parser for command-line options; see the module docstring."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler='error', description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        super().destroy()
        for g in self.option_groups:
            g.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help',
                        help=_('show this help message and exit'))

    def _add_version_option(self):
        text = _("show program's version number and exit")
        self.add_option('--version', action='version', help=text)

    def _populate_option_list(self, option_list, add_help=True):
        for batch in (self.standard_option_list, option_list):
            if batch:
                self.add_options(batch)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    # -- configuration --

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _('%prog [options]')
        elif usage[:7].lower() == 'usage: ':
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Let options and positional arguments be mixed (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop option processing at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults.update({dest: value})

    def set_defaults(self, **kwargs):
        for dest, value in kwargs.items():
            self.defaults[dest] = value

    def _get_all_options(self):
        found = list(self.option_list)
        for g in self.option_groups:
            found += g.option_list
        return found

    def get_default_values(self):
        """A Values object holding the defaults (string defaults converted)."""
        start = dict(self.defaults)
        if self.process_default_values:
            for opt in self._get_all_options():
                current = start.get(opt.dest)
                if isinstance(current, str):
                    start[opt.dest] = opt.check_value(opt.get_opt_string(), current)
        return Values(start)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif not isinstance(first, OptionGroup):
            raise TypeError('not an OptionGroup instance: %r' % (first,))
        elif first.parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            group = first
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        found = self.get_option(opt_str)
        if found and found.container is not self:
            return found.container
        return None

    # -- parsing --

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (default sys.argv[1:]); return (values, leftover args)."""
        pending = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        leftovers = []
        self.rargs, self.largs, self.values = pending, leftovers, values
        try:
            self._process_args(leftovers, pending, values)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(values, leftovers + pending)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            head = rargs[0]
            if head == '--':
                del rargs[0]
                break
            if head.startswith('--'):
                self._process_long_opt(rargs, values)
            elif len(head) > 1 and head[0] == '-':
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            plural = '' if count == 1 else 's'
            self.error('%s option requires %d argument%s' % (opt, count, plural))
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        word = rargs.pop(0)
        name, eq, inline = word.partition('=')
        if eq:
            rargs.insert(0, inline)
        name = self._match_long_opt(name)
        target = self._long_opt[name]
        if target.takes_value():
            found = self._take_values(target, name, rargs)
        elif eq:
            self.error(_('%s option does not take a value') % name)
        else:
            found = None
        target.process(name, found, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        pos = 1
        while pos < len(cluster):
            name = '-' + cluster[pos]
            pos += 1
            target = self._short_opt.get(name)
            if not target:
                raise BadOptionError(name)
            found = None
            rest_is_value = False
            if target.takes_value():
                if pos < len(cluster):
                    # the remainder of the cluster is this option's value
                    rargs.insert(0, cluster[pos:])
                    rest_is_value = True
                found = self._take_values(target, name, rargs)
            target.process(name, found, values, self)
            if rest_is_value:
                break

    # -- feedback --

    def get_prog_name(self):
        if self.prog is not None:
            return self.prog
        return os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        text = self.description
        return self.expand_prog_name(text)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2."""
        self.print_usage(file=sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ''
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        fmt.store_option_strings(self)
        blocks = []
        fmt.indent()
        if self.option_list:
            blocks.append(OptionContainer.format_option_help(self, fmt))
        blocks.extend(g.format_help(fmt) for g in self.option_groups)
        fmt.dedent()
        if not blocks:
            return ''
        return fmt.format_heading(_('Options')) + '\n'.join(blocks)

    def format_epilog(self, formatter):
        text = self.epilog
        return formatter.format_epilog(text)

    def format_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        out = ''
        if self.usage:
            out += self.get_usage() + '\n'
        if self.description:
            out += self.format_description(fmt) + '\n'
        return out + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file=None):
        """Write the full help text to file (default stdout)."""
        out = sys.stdout if file is None else file
        out.write(self.format_help())


def _match_abbrev(s, wordmap):
    """Expand s to the unique key of wordmap it abbreviates."""
    if s in wordmap:
        return s
    found = sorted(w for w in wordmap if w.startswith(s))
    if not found:
        raise BadOptionError(s)
    if len(found) > 1:
        raise AmbiguousOptionError(s, found)
    return found[0]
