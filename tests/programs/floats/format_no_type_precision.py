# Float formatting with a precision and no presentation type, with and without '#'.
vals = [2.5, 1e-7, 0.0, -0.0, 1234.5678, 1e16, 123456789.0, 0.1, 100.0, 1.0,
        float("inf"), float("nan"), 3.0e-5, 0.5, 99.99, 1e-5, 12345.0]
specs = ["#.3", "#", ".0", "#.0", "#g", "#.3g", "#.0g", "#e", "#.0e", "#.0f", "#.0%", ".1", ".2",
         "#.1", ".3", "", "10.2", "<#10.4", "+.2", "#.5"]
for v in vals:
    print(v, [format(v, s) for s in specs])
print(f"{2.5:#.3}", "{:.1}".format(0.0), "%#.3g" % 2.5, "%.0e" % 0.0)
