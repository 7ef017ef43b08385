"""Reading and writing INI-style configuration files.

A file is a series of ``[section]`` headers each followed by ``name = value``
lines; values may continue on indented lines. Values can refer to other
values through an interpolation object (``%(name)s`` or ``${sect:name}``)."""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

_NOT_GIVEN = object()
_PATH_TYPES = (str, bytes, os.PathLike)

_TXT_MISSING = ("Bad value substitution: option {!r} in section {!r} contains "
                "an interpolation key {!r} which is not a valid option name. "
                "Raw value: {!r}")
_TXT_DEPTH = ("Recursion limit exceeded in value substitution: option {!r} "
              "in section {!r} contains an interpolation key which cannot "
              "be substituted in {} steps. Raw value: {!r}")


# ---- exceptions -------------------------------------------------------------

class Error(Exception):
    """Root of the configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def _describe(self, text, args, **fields):
        self.message = text
        for name, val in fields.items():
            setattr(self, name, val)
        self.args = args

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _origin(source, lineno):
    where = f"While reading from {source!r}"
    if lineno is not None:
        where = f"{where} [line {lineno:2d}]"
    return where + ": "


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        super().__init__()
        self._describe(f"No section: {section!r}", (section,), section=section)


class DuplicateSectionError(Error):
    """A section appears twice (in one source, or via add_section)."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__()
        if source is None:
            text = f"Section {section!r} already exists"
        else:
            text = f"{_origin(source, lineno)}section {section!r} already exists"
        self._describe(text, (section, source, lineno), section=section,
                       source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of a single source."""

    def __init__(self, section, option, source=None, lineno=None):
        super().__init__()
        what = f"ption {option!r} in section {section!r} already exists"
        if source is None:
            text = "O" + what
        else:
            text = _origin(source, lineno) + "o" + what
        self._describe(text, (section, option, source, lineno),
                       section=section, option=option, source=source,
                       lineno=lineno)


class NoOptionError(Error):
    """The option is missing from the section."""

    def __init__(self, option, section):
        super().__init__()
        self._describe(f"No option {option!r} in section: {section!r}",
                       (option, section), option=option, section=section)


class InterpolationError(Error):
    """Problem while expanding references inside a value."""

    def __init__(self, option, section, msg):
        super().__init__()
        self._describe(msg, (option, section, msg), option=option,
                       section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = _TXT_MISSING.format(option, section, reference, rawval)
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value contains a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest too deeply (probably a cycle)."""

    def __init__(self, option, section, rawval):
        text = _TXT_DEPTH.format(option, section, MAX_INTERPOLATION_DEPTH,
                                 rawval)
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Collects every malformed line found while reading one source."""

    def __init__(self, source):
        super().__init__()
        self._describe(f"Source contains parsing errors: {source!r}",
                       (source,), source=source, errors=[])

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = f"{self.message}\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """Options were found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self)
        text = (f"File contains no section headers.\n"
                f"file: {filename!r}, line: {lineno:d}\n{line!r}")
        self._describe(text, (filename, lineno, line), source=filename,
                       lineno=lineno, line=line)


# ---- interpolation ----------------------------------------------------------

class Interpolation:
    """No-op interpolation: values are returned exactly as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _reference_at(text, pos, opener, closer, suffix):
    """If text[pos:] starts with `opener NAME closer suffix` (NAME non-empty
    and free of closer), return (NAME, end); otherwise None."""
    if not text.startswith(opener, pos):
        return None
    first = pos + len(opener)
    stop = text.find(closer, first)
    if stop <= first:
        return None
    after = stop + 1
    if suffix:
        if not text.startswith(suffix, after):
            return None
        after += len(suffix)
    return text[first:stop], after


def _without_references(text, marker, opener, closer, suffix):
    """text with every well-formed reference cut out, scanning left to right."""
    kept = []
    at = 0
    size = len(text)
    while at < size:
        hit = text.find(marker, at)
        if hit < 0:
            kept.append(text[at:])
            break
        kept.append(text[at:hit])
        ref = _reference_at(text, hit, opener, closer, suffix)
        if ref is None:
            kept.append(marker)
            at = hit + 1
        else:
            at = ref[1]
    return ''.join(kept)


def _check_set_syntax(value, marker, opener, closer, suffix):
    residue = _without_references(value.replace(marker + marker, ''),
                                  marker, opener, closer, suffix)
    where = residue.find(marker)
    if where >= 0:
        raise ValueError(f"invalid interpolation syntax in {value!r} "
                         f"at position {where}")


class BasicInterpolation(Interpolation):
    """Expands %(name)s from the same section or DEFAULT; %% is a literal %."""

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._walk(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        _check_set_syntax(value, '%', '%(', ')', 's')
        return value

    def _walk(self, parser, option, out, text, section, lookup, level):
        original = parser.get(section, option, raw=True, fallback=text)
        if level > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original)
        if not text:
            return
        at = 0
        size = len(text)
        while at < size:
            hit = text.find('%', at)
            if hit < 0:
                out.append(text[at:])
                return
            out.append(text[at:hit])
            follower = text[hit + 1:hit + 2]
            if follower == '%':
                out.append('%')
                at = hit + 2
                continue
            if follower != '(':
                raise InterpolationSyntaxError(
                    option, section,
                    f"'%' must be followed by '%' or '(', found: {text[hit:]!r}")
            ref = _reference_at(text, hit, '%(', ')', 's')
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section,
                    f"bad interpolation variable reference {text[hit:]!r}")
            name = parser.optionxform(ref[0])
            at = ref[1]
            if name not in lookup:
                raise InterpolationMissingOptionError(option, section,
                                                      original, name)
            piece = lookup[name]
            if '%' in piece:
                self._walk(parser, option, out, piece, section, lookup,
                           level + 1)
            else:
                out.append(piece)


class ExtendedInterpolation(Interpolation):
    """Expands ${name} and ${section:name}; $$ is a literal $."""

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._walk(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        _check_set_syntax(value, '$', '${', '}', '')
        return value

    def _resolve(self, parser, option, section, lookup, original, parts, rest):
        """Return (section, option, raw text) that a reference points to."""
        try:
            if len(parts) == 1:
                key = parser.optionxform(parts[0])
                return section, key, lookup[key]
            if len(parts) == 2:
                key = parser.optionxform(parts[1])
                return parts[0], key, parser.get(parts[0], key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, original, ":".join(parts)) from None
        raise InterpolationSyntaxError(
            option, section, f"More than one ':' found: {rest!r}")

    def _walk(self, parser, option, out, text, section, lookup, level):
        original = parser.get(section, option, raw=True, fallback=text)
        if level > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original)
        if not text:
            return
        at = 0
        size = len(text)
        while at < size:
            hit = text.find('$', at)
            if hit < 0:
                out.append(text[at:])
                return
            out.append(text[at:hit])
            follower = text[hit + 1:hit + 2]
            if follower == '$':
                out.append('$')
                at = hit + 2
                continue
            if follower != '{':
                raise InterpolationSyntaxError(
                    option, section,
                    f"'$' must be followed by '$' or '{{', found: {text[hit:]!r}")
            ref = _reference_at(text, hit, '${', '}', '')
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section,
                    f"bad interpolation variable reference {text[hit:]!r}")
            at = ref[1]
            where, key, piece = self._resolve(parser, option, section, lookup,
                                              original, ref[0].split(':'),
                                              text[at:])
            if '$' in piece:
                nested = dict(parser.items(where, raw=True))
                self._walk(parser, key, out, piece, where, nested, level + 1)
            else:
                out.append(piece)


class LegacyInterpolation(Interpolation):
    """Deprecated: repeatedly applies the % operator to the whole value."""

    def __init__(self, *args, **kwargs):
        import warnings
        warnings.warn("LegacyInterpolation has been deprecated since Python "
                      "3.2 and will be removed from the configparser module "
                      "in Python 3.13. Use BasicInterpolation or "
                      "ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)
        super().__init__(*args, **kwargs)

    def before_get(self, parser, section, option, value, vars):
        start = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            pieces = []
            at = 0
            while True:
                hit = value.find("%(", at)
                ref = _reference_at(value, hit, "%(", ")", "s") if hit >= 0 else None
                if ref is None:
                    pieces.append(value[at:] if hit < 0 else value[at:hit + 2])
                    if hit < 0:
                        break
                    at = hit + 2
                    continue
                pieces.append(value[at:hit])
                pieces.append("%%(%s)s" % parser.optionxform(ref[0]))
                at = ref[1]
            try:
                value = ''.join(pieces) % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, start, exc.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, start)
        return value


# ---- the parsers ------------------------------------------------------------

class RawConfigParser(MutableMapping):
    """Configuration parser without value interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = re.compile(r"(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$")
    OPTCRE_NV = re.compile(
        r"(?P<option>.*?)\s*(?:(?P<vi>=|:)\s*(?P<value>.*))?$")
    BOOLEAN_STATES = {
        '1': True, 'yes': True, 'true': True, 'on': True,
        '0': False, 'no': False, 'false': False, 'off': False,
    }

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_NOT_GIVEN, converters=_NOT_GIVEN):
        self._dict = dict_type
        self._store = dict_type()
        self._dflt = dict_type()
        self._convs = ConverterMapping(self)
        self._views = dict_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._seps = tuple(delimiters)
        self._opt_regex = None
        if self._seps != ('=', ':'):
            alts = "|".join(map(re.escape, self._seps))
            tail = (f"(?:(?P<vi>{alts})\\s*(?P<value>.*))?$" if allow_no_value
                    else f"(?P<vi>{alts})\\s*(?P<value>.*)$")
            self._opt_regex = re.compile(r"(?P<option>.*?)\s*" + tail)
        self._full_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._no_value_ok = allow_no_value
        self._blank_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _NOT_GIVEN:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                "interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(interpolation)}")
        self._interp = interpolation
        if converters is not _NOT_GIVEN:
            self._convs.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- querying / editing --------------------------------------------------

    def _is_default(self, name):
        return not name or name == self.default_section

    def _target(self, section):
        """The option dict that set/remove_option act on."""
        if self._is_default(section):
            return self._dflt
        if section not in self._store:
            raise NoSectionError(section)
        return self._store[section]

    def defaults(self):
        return self._dflt

    def sections(self):
        """Names of the sections, DEFAULT excluded."""
        return [*self._store]

    def add_section(self, section):
        """Create an empty section; it must not exist yet."""
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if section in self._store:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        table = self._dict()
        self._store[name] = table
        self._views[name] = SectionProxy(self, name)
        return table

    def has_section(self, section):
        return section in self._store

    def options(self, section):
        """Option names of a section, including inherited defaults."""
        if section not in self._store:
            raise NoSectionError(section)
        names = dict.fromkeys(self._store[section])
        names.update(dict.fromkeys(self._dflt))
        return list(names)

    def read(self, filenames, encoding=None):
        """Read every readable file among filenames; return those read."""
        if isinstance(filenames, _PATH_TYPES):
            filenames = [filenames]
        enc = io.text_encoding(encoding) if encoding is None else encoding
        loaded = []
        for name in filenames:
            try:
                with open(name, encoding=enc) as stream:
                    self._read(stream, name)
            except OSError:
                continue
            loaded.append(os.fspath(name) if isinstance(name, os.PathLike)
                          else name)
        return loaded

    def read_file(self, f, source=None):
        """Read configuration from an iterable of lines."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Load sections from a mapping of section name -> mapping of options."""
        done = set()
        strict = self._strict
        for raw_name, entries in dictionary.items():
            name = str(raw_name)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                if strict and name in done:
                    raise
            done.add(name)
            for raw_key, raw_val in entries.items():
                key = self.optionxform(str(raw_key))
                val = raw_val if raw_val is None else str(raw_val)
                if strict and (name, key) in done:
                    raise DuplicateOptionError(name, key, source)
                done.add((name, key))
                self.set(name, key, val)

    def get(self, section, option, *, raw=False, vars=None,
            fallback=_NOT_GIVEN):
        """Value of option in section, interpolated unless raw is true."""
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _NOT_GIVEN:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in lookup:
            if fallback is _NOT_GIVEN:
                raise NoOptionError(key, section)
            return fallback
        found = lookup[key]
        if raw or found is None:
            return found
        return self._interp.before_get(self, section, key, found, lookup)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_NOT_GIVEN, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _NOT_GIVEN:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_NOT_GIVEN, **kwargs):
        """Option value converted with int()."""
        return self._get_conv(section, option, int, fallback=fallback,
                              raw=raw, vars=vars, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_NOT_GIVEN, **kwargs):
        """Option value converted with float()."""
        return self._get_conv(section, option, float, fallback=fallback,
                              raw=raw, vars=vars, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_NOT_GIVEN, **kwargs):
        """Option value looked up in BOOLEAN_STATES (case-insensitively)."""
        return self._get_conv(section, option, self._convert_to_boolean,
                              fallback=fallback, raw=raw, vars=vars, **kwargs)

    def items(self, section=_NOT_GIVEN, raw=False, vars=None):
        """Without a section: (name, proxy) pairs. With one: (option, value)."""
        if section is _NOT_GIVEN:
            return super().items()
        merged = self._dflt.copy()
        if section in self._store:
            merged.update(self._store[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(merged)
        if vars:
            xform = self.optionxform
            for k, v in vars.items():
                merged[xform(k)] = v
        if raw:
            return [(n, merged[n]) for n in names]
        expand = self._interp.before_get
        return [(n, expand(self, section, n, merged[n], merged)) for n in names]

    def popitem(self):
        """Remove and return some (name, proxy) pair, never DEFAULT."""
        names = self.sections()
        if not names:
            raise KeyError
        first = names[0]
        view = self[first]
        del self[first]
        return first, view

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if self._is_default(section):
            return self.optionxform(option) in self._dflt
        if section not in self._store:
            return False
        key = self.optionxform(option)
        return key in self._store[section] or key in self._dflt

    def set(self, section, option, value=None):
        """Store a raw value (interpolation syntax is checked first)."""
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._target(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI format to a text file object."""
        sep = self._seps[0]
        if space_around_delimiters:
            sep = f" {sep} "
        blocks = [(self.default_section, self._dflt)] if self._dflt else []
        blocks.extend(self._store.items())
        for name, table in blocks:
            self._write_section(fp, name, table.items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write(f"[{section_name}]\n")
        hook = self._interp.before_write
        bare_ok = self._no_value_ok
        for key, val in section_items:
            val = hook(self, section_name, key, val)
            if val is None and bare_ok:
                fp.write(f"{key}\n")
            else:
                shown = str(val).replace('\n', '\n\t')
                fp.write(f"{key}{delimiter}{shown}\n")
        fp.write("\n")

    def remove_option(self, section, option):
        """Delete an option; return whether it existed."""
        table = self._target(section)
        key = self.optionxform(option)
        if key in table:
            del table[key]
            return True
        return False

    def remove_section(self, section):
        """Delete a section; return whether it existed."""
        if section not in self._store:
            return False
        self._store.pop(section)
        self._views.pop(section)
        return True

    # -- mapping protocol -------------------------------------------------------

    def __getitem__(self, key):
        if key == self.default_section or key in self._store:
            return self._views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._dflt.clear()
        elif key in self._store:
            self._store[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._store:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key in self._store or key == self.default_section

    def __len__(self):
        return 1 + len(self._store)

    def __iter__(self):
        yield self.default_section
        yield from self._store

    # -- reading ------------------------------------------------------------

    def _split_option(self, text):
        """(option, value-or-None) for an option line, None if it is not one."""
        if self._opt_regex is not None:
            m = self._opt_regex.match(text)
            return None if m is None else (m.group('option'), m.group('value'))
        eq = text.find('=')
        colon = text.find(':')
        cut = colon if eq < 0 or 0 <= colon < eq else eq
        if cut >= 0:
            return text[:cut], text[cut + 1:].strip()
        if self._no_value_ok:
            return text.rstrip(), None
        return None

    def _header_of(self, text):
        if self.SECTCRE is RawConfigParser.SECTCRE:
            if text[:1] == '[':
                close = text.rfind(']')
                if close > 1:
                    return text[1:close]
            return None
        m = self.SECTCRE.match(text)
        return m.group('header') if m else None

    def _comment_cut(self, line):
        """Index where a comment starts in line, or -1."""
        if self._full_comments:
            bare = line.strip()
            for prefix in self._full_comments:
                if bare.startswith(prefix):
                    return 0
        best = -1
        for prefix in self._inline_comments:
            at = line.find(prefix)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(prefix, at + 1)
            if at >= 0 and (best < 0 or at < best):
                best = at
        return best

    def _read(self, fp, fpname):
        """Parse lines from fp; bad lines are collected into one ParsingError
        raised at the end, after everything valid has been stored."""
        seen = set()
        table = None          # option dict of the current section
        name = None           # current section name
        key = None            # option that continuation lines extend
        base_indent = 0
        problem = None
        keep_blank = self._blank_in_values
        strict = self._strict
        for number, line in enumerate(fp, start=1):
            cut = self._comment_cut(line)
            text = (line if cut < 0 else line[:cut]).strip()
            if not text:
                if not keep_blank:
                    base_indent = sys.maxsize
                elif cut < 0 and table is not None and key:
                    pending = table[key]
                    if pending is not None:
                        pending.append('')
                continue
            indent = len(line) - len(line.lstrip())
            if table is not None and key and indent > base_indent:
                table[key].append(text)
                continue
            base_indent = indent
            header = self._header_of(text)
            if header is not None:
                name = header
                key = None
                if name in self._store:
                    if strict and name in seen:
                        raise DuplicateSectionError(name, fpname, number)
                    table = self._store[name]
                    seen.add(name)
                elif name == self.default_section:
                    table = self._dflt
                else:
                    table = self._new_section(name)
                    seen.add(name)
                continue
            if table is None:
                raise MissingSectionHeaderError(fpname, number, line)
            pair = self._split_option(text)
            if pair is None:
                problem = self._handle_error(problem, fpname, number, line)
                continue
            if not pair[0]:
                problem = self._handle_error(problem, fpname, number, line)
            key = self.optionxform(pair[0].rstrip())
            if strict and (name, key) in seen:
                raise DuplicateOptionError(name, key, fpname, number)
            seen.add((name, key))
            table[key] = None if pair[1] is None else [pair[1].strip()]
        self._join_multiline_values()
        if problem:
            raise problem

    def _join_multiline_values(self):
        hook = self._interp.before_read
        everything = [(self.default_section, self._dflt)]
        everything.extend(self._store.items())
        for sect, table in everything:
            for opt, val in table.items():
                if type(val) is list:
                    val = '\n'.join(val).rstrip()
                table[opt] = hook(self, sect, opt, val)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        """ChainMap of vars, the section's own options, then DEFAULT."""
        if section in self._store:
            own = self._store[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        extra = {}
        if vars:
            xform = self.optionxform
            for k, v in vars.items():
                extra[xform(k)] = v if v is None else str(v)
        return _ChainMap(extra, own, self._dflt)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f"Not a boolean: {value}")
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        if type(section) is not str and not isinstance(section, str):
            raise TypeError("section names must be strings")
        if type(option) is not str and not isinstance(option, str):
            raise TypeError("option keys must be strings")
        needs_text = value or not self._no_value_ok
        if needs_text and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._convs


class ConfigParser(RawConfigParser):
    """Configuration parser with %(name)s interpolation by default."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option; names and values must be strings."""
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """Create a section; the name must be a string."""
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        active = self._interp
        self._interp = Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interp = active


class SectionProxy(MutableMapping):
    """Live view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for suffix in parser.converters:
            attr = 'get' + suffix
            impl = getattr(parser, attr)
            setattr(self, attr, functools.partial(self.get, _impl=impl))

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        owner = self._parser
        if owner.has_option(self._name, key):
            return owner.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner = self._parser
        removed = (owner.has_option(self._name, key)
                   and owner.remove_option(self._name, key))
        if not removed:
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def _keys(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Like parser.get for this section, but fallback defaults to None."""
        getter = _impl or self._parser.get
        return getter(self._name, option, fallback=fallback, raw=raw,
                      vars=vars, **kwargs)


class ConverterMapping(MutableMapping):
    """Registry of get<name>() converters shared by a parser and its
    section proxies."""

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            if len(attr) > 3 and attr[:3] == 'get' and \
                    callable(getattr(parser, attr)):
                self._data[attr[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            try:
                'get' + key
            except TypeError:
                raise ValueError(f'Incompatible key: {key} (type: {type(key)})'
                                 ) from None
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        attr = 'get' + key
        self._data[key] = value
        bound = functools.partial(self._parser._get_conv, conv=value)
        bound.converter = value
        setattr(self._parser, attr, bound)
        for view in self._parser.values():
            setattr(view, attr, functools.partial(view.get, _impl=bound))

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        attr = 'get' + key
        targets = [self._parser]
        targets.extend(self._parser.values())
        for obj in targets:
            if attr in vars(obj):
                delattr(obj, attr)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
