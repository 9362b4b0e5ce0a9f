package org.harmledger.store;

/**
 * Texts are report bodies written for these tests: one story, a republication of it (new
 * headline, a credit line, a few edits), and a different story about the same event.
 */
public final class Texts {
  private Texts() {}

  public static final String MARKET_STORY = String.join("\n\n",
      "Artillery shells hit the covered vegetable market of Maarat al-Numan shortly after eight in the morning on Tuesday,"
          + " when stall holders were unloading lorries from the surrounding farms.",
      "Civil defence volunteers said eleven people were killed, among them three children who had come with"
          + " their fathers to sell tomatoes, and at least twenty-four were wounded. Rescuers were still digging"
          + " through the collapsed roof of the fish hall at noon and warned that the number could grow.",
      "A nurse at the town's only surgical hospital said the corridors were full by nine o'clock and that two"
          + " of the wounded had been sent on to the border because the theatre had no blood left of their type.",
      "Residents blamed government forces positioned to the south of the town. There was no comment from the"
          + " defence ministry in Damascus, which has previously said its units only target armed groups.",
      "The market had reopened three weeks ago after repairs paid for by the local council, whose members said"
          + " they would now move the traders to the school yard on the western edge of town.");

  public static final String MARKET_REPUBLISHED = String.join("\n\n",
      "Eleven dead as shells strike Maarat al-Numan market",
      "(Reporting by our correspondent in Idlib; editing by the night desk)",
      "Artillery shells hit the covered vegetable market of Maarat al-Numan shortly after 8 a.m. on Tuesday,"
          + " when stall holders were unloading lorries from the surrounding farms.",
      "Civil defence volunteers said eleven people were killed, among them three children who had come with"
          + " their fathers to sell tomatoes, and at least 24 were wounded. Rescuers were still digging"
          + " through the collapsed roof of the fish hall at noon and warned that the number could grow.",
      "A nurse at the town's only surgical hospital said the corridors were full by nine o'clock and that two"
          + " of the wounded had been sent on to the border because the theatre had no blood left of their type.",
      "Residents blamed government forces positioned to the south of the town. There was no comment from the"
          + " defence ministry in Damascus, which has previously said its units only target armed groups.",
      "The market had reopened three weeks ago after repairs paid for by the local council, whose members said"
          + " they would now move the traders to the school yard on the western edge of town.");

  public static final String MARKET_OTHER_ACCOUNT = String.join("\n\n",
      "A human rights group monitoring the war in the north-west said on Wednesday that it had documented the"
          + " deaths of eleven civilians in Maarat al-Numan, including three boys, after government artillery"
          + " struck a market there.",
      "The group's field researchers interviewed four survivors and two medics. All described several shells"
          + " landing within minutes on the fish and vegetable halls during the busiest hour of trading.",
      "The organisation called on the Security Council to refer the attack to an independent inquiry and urged"
          + " donors to fund the rebuilding of the town's hospital, which it said was overwhelmed that day.",
      "It said 24 people were wounded and that its count was provisional, since families were still searching"
          + " for two traders who have not been seen since the morning of the attack.");
}
