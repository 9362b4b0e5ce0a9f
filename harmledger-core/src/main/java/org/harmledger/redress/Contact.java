package org.harmledger.redress;

/** A Contact is how to reach a claimant: phone, email, postal address; any may be null. */
public record Contact(String phone, String email, String address) implements PersonalData {
  public Contact {
    phone = blankToNull(phone);
    email = blankToNull(email);
    address = blankToNull(address);
  }

  public static Contact none() {
    return new Contact(null, null, null);
  }

  @Override
  public String canonicalText() {
    return "phone=" + nz(phone) + "\nemail=" + nz(email) + "\naddress=" + nz(address) + "\n";
  }

  @Override
  public boolean isEmpty() {
    return phone == null && email == null && address == null;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
