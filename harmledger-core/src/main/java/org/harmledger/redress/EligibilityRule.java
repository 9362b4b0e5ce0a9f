package org.harmledger.redress;

/** The rules a claim's eligibility is checked against, in the order they are checked. */
public enum EligibilityRule {
  CATEGORY_IN_SCHEDULE("the loss category is in the award schedule"),
  INCIDENT_RECORDED("the claim names a recorded incident"),
  INCIDENT_IN_PERIOD("the incident's dates fall within the mandate period"),
  INCIDENT_IN_TERRITORY("the incident's place is in the mandate territory"),
  PERPETRATOR_COVERED("the incident is attributed to a perpetrator the mandate covers"),
  INCIDENT_GRADE("the incident's grade meets the mandate's minimum"),
  VICTIMS_NAMED("a claim for death or injury names its victims"),
  VICTIMS_REGISTERED("every victim named is in the victims register"),
  VICTIMS_OF_INCIDENT("every victim named was harmed in the claim's incident"),
  CLAIMANT_RELATED("the claimant's relationship to every victim is recorded"),
  DOCUMENTS_SUPPLIED("at least one supporting document is attached");

  private final String description;

  EligibilityRule(String description) {
    this.description = description;
  }

  public String code() {
    return Codes.of(this);
  }

  public String description() {
    return description;
  }
}
