/// One event destination of a configuration set (`GetConfigurationSetEventDestinations`).
public struct EventDestination: Sendable, Equatable, Decodable {
    public var name: String
    public var enabled: Bool?
    /// `SEND`, `BOUNCE`, `COMPLAINT`, `DELIVERY`, …, kept as open strings.
    public var matchingEventTypes: [String]
    public var snsTopicArn: String?
    public var eventBusArn: String?
    public var firehoseDeliveryStreamArn: String?
    public var hasCloudWatchDestination: Bool
    public var pinpointApplicationArn: String?

    enum CodingKeys: String, CodingKey {
        case name = "Name", enabled = "Enabled", matchingEventTypes = "MatchingEventTypes"
        case sns = "SnsDestination", eventBridge = "EventBridgeDestination"
        case firehose = "KinesisFirehoseDestination", cloudWatch = "CloudWatchDestination", pinpoint = "PinpointDestination"
    }

    private struct Sns: Decodable { var TopicArn: String? }
    private struct EventBridge: Decodable { var EventBusArn: String? }
    private struct Firehose: Decodable { var DeliveryStreamArn: String? }
    private struct Pinpoint: Decodable { var ApplicationArn: String? }
    private struct Anything: Decodable {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        matchingEventTypes = try container.decodeIfPresent([String].self, forKey: .matchingEventTypes) ?? []
        snsTopicArn = try container.decodeIfPresent(Sns.self, forKey: .sns)?.TopicArn
        eventBusArn = try container.decodeIfPresent(EventBridge.self, forKey: .eventBridge)?.EventBusArn
        firehoseDeliveryStreamArn = try container.decodeIfPresent(Firehose.self, forKey: .firehose)?.DeliveryStreamArn
        hasCloudWatchDestination = try container.decodeIfPresent(Anything.self, forKey: .cloudWatch) != nil
        pinpointApplicationArn = try container.decodeIfPresent(Pinpoint.self, forKey: .pinpoint)?.ApplicationArn
    }
}
