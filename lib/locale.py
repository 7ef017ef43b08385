"""Locale support for Ferrython.

Only the C/POSIX locale (and its C.UTF-8 variant) is available, so the
formatting helpers follow the conventions of the C locale: '.' as decimal
point, no digit grouping and no currency information.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize',
           'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC',
           'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

_builtin_str = str


class Error(Exception):
    """Raised for unsupported locale settings and failed queries."""


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_ENV = {
    LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
    LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
    LC_MESSAGES: 'LC_MESSAGES',
}
# The C library reports these extra categories in a composite LC_ALL answer.
_EXTRA_CATEGORIES = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                     'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_ORDER = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)

# The interpreter starts with LC_CTYPE taken from the environment and the
# other categories in the C locale.
_current = {cat: 'C' for cat in _ORDER}


def _accepted(name):
    """Return the name the C library would report for a settable locale,
    or None when the locale is not available."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8'):
        return name
    return None


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORY_ENV.get(category, 'LC_CTYPE'), 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _startup_ctype():
    name = _accepted(_from_environment(LC_CTYPE))
    if name is None or name == 'C':
        # CPython coerces the plain C locale to C.UTF-8 at startup.
        name = 'C.UTF-8'
    return name


_current[LC_CTYPE] = _startup_ctype()


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _ORDER]
        if all(n == names[0] for n in names):
            return names[0]
        parts = ['%s=%s' % (_CATEGORY_ENV[c], _current[c]) for c in _ORDER]
        parts += ['%s=%s' % (extra, 'C') for extra in _EXTRA_CATEGORIES]
        return ';'.join(parts)
    try:
        return _current[category]
    except (KeyError, TypeError):
        raise Error("locale query failed") from None


def _join_localename(localetuple):
    try:
        lang, enc = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    if lang is None:
        lang = 'C'
    return lang if enc is None else '%s.%s' % (lang, enc)


def setlocale(category, locale=None):
    """Set (or, when locale is None, query) the locale of category.
    Only "C", "POSIX", "C.UTF-8" and "" (the environment's choice) work."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_join_localename(locale))
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if locale is None:
        return _query(category)
    if category != LC_ALL and category not in _current:
        raise Error("unsupported locale setting")
    cats = _ORDER if category == LC_ALL else (category,)
    chosen = {}
    for cat in cats:
        name = _from_environment(cat) if locale == '' else locale
        accepted = _accepted(name)
        if accepted is None:
            raise Error("unsupported locale setting")
        chosen[cat] = accepted
    _current.update(chosen)
    return _query(category)


def resetlocale(category=LC_ALL):
    """Set category to the default from the environment (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def localeconv():
    """Numeric and monetary conventions of the current (C) locale."""
    return {
        'int_curr_symbol': '', 'currency_symbol': '',
        'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [],
        'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
        'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    }


# ---------------------------------------------------------------- names

_ENCODING_NAMES = {
    'utf8': 'UTF-8', 'utf': 'UTF-8',
    'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1', 'l1': 'ISO8859-1',
    'iso88592': 'ISO8859-2', 'latin2': 'ISO8859-2',
    'iso88595': 'ISO8859-5', 'iso88597': 'ISO8859-7', 'iso88598': 'ISO8859-8',
    'iso88599': 'ISO8859-9', 'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15',
    'ascii': 'ISO8859-1', 'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'gb2312': 'gb2312', 'big5': 'big5',
    'cp1251': 'CP1251', 'cp1252': 'CP1252',
}

# Language (or language_TERRITORY) -> the locale it stands for when no
# encoding is given.
_DEFAULTS = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.utf8': 'C.UTF-8',
    'en': 'en_US.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'pt': 'pt_PT.ISO8859-1', 'sv': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1',
    'english': 'en_EN.ISO8859-1', 'german': 'de_DE.ISO8859-1',
    'french': 'fr_FR.ISO8859-1',
    'ja_jp': 'ja_JP.eucJP', 'ru_ru': 'ru_RU.UTF-8', 'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5', 'ko_kr': 'ko_KR.eucKR', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs_cz': 'cs_CZ.ISO8859-2', 'hu_hu': 'hu_HU.ISO8859-2',
    'tr_tr': 'tr_TR.ISO8859-9', 'el_gr': 'el_GR.ISO8859-7',
    'he_il': 'he_IL.ISO8859-8', 'uk_ua': 'uk_UA.KOI8-U',
    'fi_fi': 'fi_FI.ISO8859-15', 'ar_sa': 'ar_SA.ISO8859-6',
    'th_th': 'th_TH.ISO8859-11',
}
# Territories whose locale defaults to ISO8859-1 when no encoding is given.
_LATIN1_LOCALES = frozenset(
    'en_us en_gb en_au en_ca en_nz en_ie en_in en_za de_de de_at de_ch de_be '
    'de_lu fr_fr fr_be fr_ca fr_ch fr_lu es_es es_mx es_ar es_co es_cl es_pe '
    'es_ve it_it it_ch nl_nl nl_be pt_pt pt_br sv_se sv_fi da_dk nb_no nn_no '
    'no_no is_is id_id ca_es eu_es gl_es ga_ie'.split())


def normalize(localename):
    """Return a normalized locale code for localename (a basic version of
    the alias table: common languages and encodings only).  Names it does
    not know are returned unchanged."""
    low = localename.lower()
    low, _, modifier = low.partition('@')
    lang, _, enc = low.partition('.')
    if not modifier and not enc and low in _DEFAULTS:
        return _DEFAULTS[low]
    if lang in ('c', 'posix'):
        if enc in ('', 'ascii'):
            return 'C'
        key = enc.replace('-', '').replace('_', '')
        if key == 'utf8':
            return 'C.UTF-8'
        return localename
    if '_' in lang:
        head, _, terr = lang.partition('_')
        lang_name = head + '_' + terr.upper()
    else:
        lang_name = None
    if modifier == 'euro' and not enc and lang_name:
        return lang_name + '.ISO8859-15'
    if not enc:
        if lang in _DEFAULTS:
            base = _DEFAULTS[lang]
        elif lang in _LATIN1_LOCALES:
            base = lang_name + '.ISO8859-1'
        elif modifier and lang_name:
            base = lang_name + '.UTF-8'
        else:
            return localename
        return base + ('@' + modifier if modifier else '')
    key = enc.replace('-', '').replace('_', '')
    norm_enc = _ENCODING_NAMES.get(key)
    if norm_enc is None or lang_name is None:
        return localename
    return lang_name + '.' + norm_enc + ('@' + modifier if modifier else '')


def _parse_localename(localename):
    norm = normalize(localename)
    if '@' in norm:
        norm, _, mod = norm.partition('@')
        if '.' not in norm and mod == 'euro':
            return norm, 'iso-8859-15'
    if '.' in norm:
        return tuple(norm.split('.')[:2])
    if norm == 'C':
        return None, None
    if norm == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """Return (language code, encoding) for category."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Guess the default locale from the environment (deprecated)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    localename = 'C'
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            localename = value
            break
    return _parse_localename(localename)


def getencoding():
    """The locale encoding (always UTF-8 here)."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text data (always UTF-8 here)."""
    return 'UTF-8'


# ---------------------------------------------------------------- formatting

_SPEC = _re.compile(r'%(?:\(([^)]*)\))?([-#0 +]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)',
                    _re.S)


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-style string f using the locale's conventions
    (the C locale: '.' decimal point and no grouping)."""
    mapping = not isinstance(val, tuple) and hasattr(val, 'keys') and hasattr(val, '__getitem__')
    if not mapping and not isinstance(val, tuple):
        val = (val,)
    out = []
    pos = 0
    index = 0
    for m in _SPEC.finditer(f):
        out.append(f[pos:m.start()])
        pos = m.end()
        spec = m.group(0)
        if m.group(5) == '%' and spec == '%%':
            out.append('%')
            continue
        if mapping:
            out.append(spec % val)
            continue
        count = 1 + (m.group(3) == '*') + (m.group(4) == '*')
        args = tuple(val[index + k] for k in range(count))
        index += count
        out.append(spec % args)
    out.append(f[pos:])
    return ''.join(out)


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money; impossible in the C locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    raise NotImplementedError("currency formatting needs a non-C locale")


def str(val):
    """Convert a float to a string like '%.12g' in the locale."""
    return format_string("%.12g", val)


def delocalize(string):
    """Turn a locale-formatted number string into a plain one."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    dp = conv['decimal_point']
    if dp:
        string = string.replace(dp, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Turn a plain number string into a locale-formatted one."""
    return string


def atof(string, func=float):
    """Parse a locale-formatted number with func (float by default)."""
    plain = delocalize(string)
    return func(plain)


def atoi(string):
    """Parse a locale-formatted integer."""
    plain = delocalize(string)
    return int(plain)


def strcoll(a, b):
    """Compare two strings by the collation rules of the (C) locale."""
    if not isinstance(a, _builtin_str):
        raise TypeError("strcoll() argument 1 must be str, not %s" % type(a).__name__)
    if not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument 2 must be str, not %s" % type(b).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    """Return a key that compares like strcoll (the string itself here)."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s
