package crosscheck.annotate.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads the parts of the taggers' models: label lists, string maps and feature weights, keys sorted. */
public final class WeightsIO {

    private WeightsIO() {
    }

    /** Reads a model's format number and fails unless it is the one expected. */
    public static void checkFormat(DataInputStream d, int expected, String model) throws IOException {
        int format = d.readInt();
        if (format != expected) {
            throw new IOException("unknown " + model + " model format " + format + "; expected " + expected);
        }
    }

    public static void writeStrings(DataOutputStream d, List<String> strings) throws IOException {
        d.writeInt(strings.size());
        for (String s : strings) {
            d.writeUTF(s);
        }
    }

    public static List<String> readStrings(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(d.readUTF());
        }
        return strings;
    }

    public static void writeMap(DataOutputStream d, Map<String, String> map) throws IOException {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        d.writeInt(keys.size());
        for (String k : keys) {
            d.writeUTF(k);
            d.writeUTF(map.get(k));
        }
    }

    public static Map<String, String> readMap(DataInputStream d) throws IOException {
        int n = d.readInt();
        Map<String, String> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(d.readUTF(), d.readUTF());
        }
        return map;
    }

    public static void writeWeights(DataOutputStream d, Map<String, float[]> weights) throws IOException {
        List<String> keys = new ArrayList<>(weights.keySet());
        keys.sort(null);
        d.writeInt(keys.size());
        for (String k : keys) {
            d.writeUTF(k);
            for (float v : weights.get(k)) {
                d.writeFloat(v);
            }
        }
    }

    public static Map<String, float[]> readWeights(DataInputStream d, int classes) throws IOException {
        int n = d.readInt();
        Map<String, float[]> weights = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = d.readUTF();
            float[] w = new float[classes];
            for (int k = 0; k < w.length; k++) {
                w[k] = d.readFloat();
            }
            weights.put(key, w);
        }
        return weights;
    }
}
