package vn.laocai.gate.queue.rest;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * QR codes of booking tokens, encoded by ZXing (error correction M: a phone screen with cracks or
 * glare still scans) and written as PNG (ImageIO) or SVG (one path of the dark modules).
 */
final class QrCodes {

    private static final int MODULE_PIXELS = 8;
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /** One row of modules at a time into a 1-bit image's raster (0 = black), written without ImageIO's file cache. */
    static byte[] png(String content) {
        BitMatrix m = matrix(content);
        int size = m.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[size];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                row[x] = m.get(x / MODULE_PIXELS, y) ? 0 : 1;
            }
            for (int line = 0; line < MODULE_PIXELS; line++) {
                raster.setPixels(0, y * MODULE_PIXELS + line, size, 1, row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            ImageIO.setUseCache(false);
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String svg(String content) {
        BitMatrix m = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
