from collections import deque, OrderedDict, defaultdict, Counter
import traceback
for f in [lambda: deque([1]).remove(5), lambda: deque([1]).index(7), lambda: OrderedDict().popitem(),
          lambda: OrderedDict(a=1).move_to_end('z'), lambda: deque(maxlen=-1), lambda: defaultdict(5),
          lambda: Counter(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
