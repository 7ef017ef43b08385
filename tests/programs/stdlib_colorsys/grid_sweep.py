# A dense grid through every conversion: results must agree bit for bit.
import colorsys

steps = [i / 6 for i in range(7)] + [0.1, 0.35, 0.9]
count = 0
acc = [0.0] * 6
lines = []
for r in steps:
    for g in steps:
        for b in steps:
            y, i, q = colorsys.rgb_to_yiq(r, g, b)
            h, l, s = colorsys.rgb_to_hls(r, g, b)
            hv, sv, v = colorsys.rgb_to_hsv(r, g, b)
            back = (colorsys.yiq_to_rgb(y, i, q), colorsys.hls_to_rgb(h, l, s),
                    colorsys.hsv_to_rgb(hv, sv, v))
            for k, val in enumerate((y, i, q, h, l, s)):
                acc[k] += val
            count += 1
            if count % 37 == 0:
                lines.append(repr(((r, g, b), (y, i, q), (h, l, s), (hv, sv, v), back)))
print(count)
print(acc)
for line in lines:
    print(line)
