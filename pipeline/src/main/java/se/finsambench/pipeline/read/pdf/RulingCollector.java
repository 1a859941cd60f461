package se.finsambench.pipeline.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical lines a page draws — stroked paths, and filled rectangles thin enough to
 * be a border (office suites draw cell borders either way) — as rulings in top-left page coordinates. Curves,
 * diagonals and filled areas are not table borders and are ignored, as Tabula's and pdfplumber's edge finders do.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 3f;

    private final float left;
    private final float top;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>(); // in PDF space
    private boolean curved;

    private RulingCollector(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        left = box.getLowerLeftX();
        top = box.getUpperRightY();
    }

    static List<Ruling> rulings(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        List<Point2D.Float> subpath = new ArrayList<>();
        subpath.add(new Point2D.Float(x, y));
        subpaths.add(subpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(x, y);
        } else {
            subpaths.get(subpaths.size() - 1).add(new Point2D.Float(x, y));
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curved = true;
        lineTo(x3, y3);
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty()) {
            List<Point2D.Float> subpath = subpaths.get(subpaths.size() - 1);
            subpath.add(subpath.get(0));
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        if (subpaths.isEmpty()) {
            return null;
        }
        List<Point2D.Float> subpath = subpaths.get(subpaths.size() - 1);
        return subpath.get(subpath.size() - 1);
    }

    @Override
    public void strokePath() {
        if (!curved) {
            for (List<Point2D.Float> subpath : subpaths) {
                for (int i = 1; i < subpath.size(); i++) {
                    add(subpath.get(i - 1).x, subpath.get(i - 1).y, subpath.get(i).x, subpath.get(i).y);
                }
            }
        }
        endPath();
    }

    /** A filled subpath thinner than a border is drawn as one: a ruling along its long side. */
    @Override
    public void fillPath(int windingRule) {
        if (!curved) {
            for (List<Point2D.Float> subpath : subpaths) {
                float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
                for (Point2D.Float p : subpath) {
                    x0 = Math.min(x0, p.x);
                    y0 = Math.min(y0, p.y);
                    x1 = Math.max(x1, p.x);
                    y1 = Math.max(y1, p.y);
                }
                if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) {
                    add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
                } else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) {
                    add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
                }
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void endPath() {
        subpaths.clear();
        curved = false;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void shadingFill(COSName name) {
    }

    private void add(float x0, float y0, float x1, float y1) {
        boolean horizontal = Math.abs(y1 - y0) <= Ruling.STRAIGHT;
        boolean vertical = Math.abs(x1 - x0) <= Ruling.STRAIGHT;
        Ruling r = new Ruling(x0 - left, top - y0, x1 - left, top - y1);
        if ((horizontal || vertical) && r.length() >= MIN_LENGTH) {
            rulings.add(r);
        }
    }
}
