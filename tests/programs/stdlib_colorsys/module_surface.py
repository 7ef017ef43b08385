# Module attributes and errors for unsuitable arguments.
import colorsys

print(colorsys.__all__)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
for name in colorsys.__all__:
    fn = getattr(colorsys, name)
    print(name, callable(fn))

bad_calls = [
    (colorsys.rgb_to_hsv, ('a', 1, 1)),
    (colorsys.rgb_to_hls, (None, 0, 0)),
    (colorsys.rgb_to_yiq, ('1', 0, 0)),
    (colorsys.hsv_to_rgb, (0.5, 0.5)),
    (colorsys.hls_to_rgb, (0.5, 0.5, 0.5, 0.5)),
    (colorsys.rgb_to_hsv, (1, 1, 1, 1)),
    (colorsys.rgb_to_hsv, (0, 0, 0)),
    (colorsys.rgb_to_hls, (0, 0, 0)),
    (colorsys.rgb_to_hls, (1, 1, 1)),
]
for fn, args in bad_calls:
    try:
        print(fn.__name__, args, '->', fn(*args))
    except Exception as e:
        print(fn.__name__, args, '!', type(e).__name__)

# Fractions work too and stay exact where the formulas allow it.
from fractions import Fraction as F
print(colorsys.rgb_to_hsv(F(1, 2), F(1, 4), F(0)))
print(colorsys.hsv_to_rgb(F(1, 3), F(1, 2), F(1)))
print(colorsys.rgb_to_hls(F(1, 2), F(1, 4), F(0)))
