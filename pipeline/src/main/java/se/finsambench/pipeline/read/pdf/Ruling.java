package se.finsambench.pipeline.read.pdf;

/** A horizontal or vertical line drawn on a page (a table border), in points from the top-left corner. */
record Ruling(float x0, float y0, float x1, float y1) {

    static final float STRAIGHT = 1f;

    Ruling {
        if (x1 < x0) {
            float t = x0;
            x0 = x1;
            x1 = t;
        }
        if (y1 < y0) {
            float t = y0;
            y0 = y1;
            y1 = t;
        }
    }

    boolean horizontal() {
        return y1 - y0 <= STRAIGHT && x1 - x0 > y1 - y0;
    }

    boolean vertical() {
        return x1 - x0 <= STRAIGHT && y1 - y0 > x1 - x0;
    }

    float y() {
        return (y0 + y1) / 2;
    }

    float x() {
        return (x0 + x1) / 2;
    }

    float length() {
        return Math.max(x1 - x0, y1 - y0);
    }
}
