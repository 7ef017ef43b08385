import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout,
                    format='%(funcName)s:%(lineno)d:%(filename)s:%(module)s:%(levelname)s|%(message)s')

def helper():
    logging.getLogger('q').warning('from helper')
    logging.getLogger('q').warning('reported at caller', stacklevel=2)

def outer():
    helper()

helper()
outer()
logging.warning('top level')

class Service:
    def run(self):
        logging.getLogger('svc').error('in method')

Service().run()
adapter = logging.LoggerAdapter(logging.getLogger('ad'), {'user': 'u1'})
adapter.warning('through adapter')
print(repr(adapter), adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.INFO))

records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)
k = Keep()
logging.getLogger('keep').addHandler(k)
logging.getLogger('keep').propagate = False

def emitter():
    logging.getLogger('keep').warning('captured %s', 'here')
emitter()
r = records[-1]
print(r.funcName, r.lineno, r.filename, r.module, r.name, r.levelname, r.getMessage())
print(r.pathname.endswith('caller_info.py'), r.threadName, r.processName)

# warnings routed into logging
import os
class StripDir(logging.Formatter):
    def format(self, record):
        return super().format(record).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(StripDir('%(name)s|%(levelname)s|%(message)s'))
logging.basicConfig(handlers=[h], force=True)
logging.captureWarnings(True)
warnings.warn('careful now', UserWarning)
logging.captureWarnings(False)
print('done')
