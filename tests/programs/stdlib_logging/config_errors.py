import logging
import sys
import os
import warnings

# module-level exception() auto-configures the root logger (stderr)
try:
    raise KeyError('missing')
except KeyError:
    logging.exception('boom %s', 'here')
logging.basicConfig(stream=sys.stdout, force=True, format='%(levelname)s:%(message)s', level=logging.DEBUG)
logging.debug('dbg')
logging.fatal('fatal alias')
for bad in [dict(handlers=[logging.NullHandler()], stream=sys.stdout, force=True),
            dict(stream=sys.stdout, filename='x.log', force=True),
            dict(level='NOPE', force=True)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print('ValueError:', e)
print(len(logging.root.handlers))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('custom>%(message)s'))
logging.basicConfig(handlers=[h, logging.StreamHandler(sys.stdout)], force=True, format='%(name)s says %(message)s', datefmt='%H')
logging.warning('two handlers')
print(logging.root.handlers[1].formatter.datefmt, logging.root.handlers[1].formatter._fmt)

# handleError output when formatting fails
import io
real_err = sys.stderr
sys.stderr = io.StringIO()
logging.basicConfig(stream=sys.stdout, force=True)
logging.getLogger('bad').error('%d items', 'not-a-number')
report = sys.stderr.getvalue().splitlines()
sys.stderr = real_err
print(report[0], report[1])
print(report[-1])
print(report[-2])
print(report[-3])
import os
print(report[-4].replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))
print([l for l in report if l.startswith('TypeError')])
print('after bad format')
logging.raiseExceptions = False
logging.getLogger('bad').error('%d items', 'quiet')
logging.raiseExceptions = True

# FileHandler in 'w' mode after close does not reopen
path = 'cfg_test.log'
fh = logging.FileHandler(path, 'w')
lg = logging.getLogger('file')
lg.propagate = False
lg.addHandler(fh)
lg.warning('first')
fh.close()
lg.warning('after close')
print(repr(open(path).read()))
os.remove(path)

# basicConfig with filename + encoding
logging.basicConfig(filename=path, filemode='w', encoding='utf-8', force=True, format='%(message)s')
logging.warning('caf\u00e9')
logging.root.handlers[0].close()
print(open(path, encoding='utf-8').read().strip(), logging.root.handlers[0].encoding)
logging.basicConfig(stream=sys.stdout, force=True)
os.remove(path)

# deprecated warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    logging.getLogger('dep').warn('old style')
    logging.warn('old module style')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# captureWarnings with an explicit file goes to the original showwarning
import io
logging.captureWarnings(True)
sio = io.StringIO()
warnings.showwarning('msg', UserWarning, 'file.py', 3, sio)
print(repr(sio.getvalue()))
logging.captureWarnings(False)
print(warnings.showwarning.__name__)

# Logger.log with stacklevel and extra; findCaller
def where():
    return logging.getLogger('fc').findCaller()
fn, ln, func, sinfo = where()
print(os.path.basename(fn), ln, func, sinfo)
logging.getLogger('x').setLevel(logging.INFO)
print(logging.getLogger('x').isEnabledFor(logging.DEBUG), logging.getLogger('x.y').getEffectiveLevel())
logging.getLogger('x').setLevel(logging.NOTSET)
print(logging.getLogger('x.y').getEffectiveLevel())
# lastResort level
logging.root.handlers.clear()
logging.getLogger('lr').warning('lr warning')
logging.getLogger('lr').info('lr info')
print(logging.lastResort.level, logging.lastResort.stream is sys.stderr)
