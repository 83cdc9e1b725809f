package dev.rolefit.spark;

import dev.rolefit.extract.ResumeFiles;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The resumes under an input, listed on the driver through the Hadoop file system (a flat, paged
 * listing on S3A; empty files included, which Spark's file sources drop): the files batch's walk
 * would pick, by the same rule ({@link ResumeFiles}), each with its size and its name as batch
 * shows it.
 */
final class ResumeListing {
  private ResumeListing() {}

  /**
   * One file to score.
   *
   * @param path its full path, as the file system names it
   * @param length its size in bytes, from the listing
   * @param display its name in the row: the path below the input folder
   */
  record Entry(String path, long length, String display) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The order of batch's walk: folder by folder, each folder's names sorted. */
    String walkOrder() {
      return display.replace('/', '\u0000');
    }
  }

  /**
   * Lists the resumes under a folder, a file, or a glob of them (then shown below the glob's
   * matches' parent folder).
   *
   * @param conf the Hadoop configuration (credentials, S3A settings)
   * @param input the path
   * @return the entries, in no particular order
   * @throws IOException when the file system fails, or the input matches nothing
   */
  static List<Entry> list(Configuration conf, String input) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("no such folder: " + input);
    }
    boolean glob = matches.length > 1 || !matches[0].getPath().equals(fs.makeQualified(path));
    List<Entry> out = new ArrayList<>();
    for (FileStatus m : matches) {
      Path base = glob || m.isFile() ? m.getPath().getParent() : m.getPath();
      String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(m.getPath(), true);
      while (files.hasNext()) {
        LocatedFileStatus f = files.next();
        String full = f.getPath().toString();
        String display = full.startsWith(prefix) ? full.substring(prefix.length()) : full;
        if (isResume(display)) {
          out.add(new Entry(full, f.getLen(), display));
        }
      }
    }
    return out;
  }

  /** Batch's rule, on every folder below the input and on the file's own name. */
  static boolean isResume(String display) {
    List<String> segments = Arrays.asList(display.split("/", -1));
    return segments.stream().noneMatch(ResumeFiles::ignored)
        && ResumeFiles.hasResumeExtension(segments.get(segments.size() - 1));
  }
}
