/// The subject a finding is about; the keys are part of the public JSON contract.
public enum Topic: String, Codable, CaseIterable, Sendable {
    case business
    case recipients
    case listAcquisition = "list-acquisition"
    case bounceHandling = "bounce-handling"
    case complaintHandling = "complaint-handling"
    case optOut = "opt-out"
    case sendingVolume = "sending-volume"
    case content
    case website
    case mailType = "mail-type"
    case compliance
    case clarity
}
