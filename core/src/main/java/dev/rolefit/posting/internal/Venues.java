package dev.rolefit.posting.internal;

import java.util.regex.Pattern;

/** The publication venues postings name ("publications at NeurIPS or ICML"): one list for all. */
public final class Venues {
  /** A venue's name as a whole word, any case. */
  public static final Pattern PATTERN =
      Pattern.compile(
          "(?i)\\b(neurips|nips|icml|iclr|acl|emnlp|naacl|eacl|cvpr|iccv|eccv|kdd|aaai|ijcai|colt"
              + "|uai|aistats|corl|icra|iros|rss|sigir|www|wsdm|recsys|coling|interspeech|icassp"
              + "|jmlr|tpami|tacl|miccai|chil)\\b");

  private Venues() {}
}
