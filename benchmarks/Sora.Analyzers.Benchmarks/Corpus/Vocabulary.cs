using System;
using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>The words the corpus generators draw names, values and prompts from.</summary>
internal static class Vocabulary
{
    public static readonly string[] Areas = { "Billing", "Catalog", "Shipping", "Identity", "Marketing", "Support", "Analytics", "Inventory", "Notifications", "Storefront" };
    public static readonly string[] Features = { "Invoice", "Shipment", "Refund", "Subscription", "Coupon", "Review", "Ticket", "Payment", "Cart", "Wishlist", "Campaign", "Report", "Account", "Profile", "Warehouse", "Supplier", "Quote", "Return", "Loyalty", "Audit" };
    public static readonly string[] Kinds = { "Service", "Manager", "Processor", "Coordinator", "Handler", "Workflow" };
    public static readonly string[] Nouns = { "Order", "Customer", "Product", "Batch", "Region", "Channel", "Segment", "Export", "Digest", "Summary", "Backlog", "Forecast" };
    public static readonly string[] Statuses = { "new", "paid", "shipped", "cancelled", "refunded", "on-hold" };
    public static readonly string[] Regions = { "eu-west", "eu-north", "us-east", "us-west", "ap-south", "ap-east" };
    public static readonly string[] Categories = { "books", "garden", "toys", "kitchen", "sports", "audio" };
    public static readonly string[] Routes = { "orders", "customers", "products", "invoices", "shipments", "returns" };
    public static readonly string[] ChatModels = { "gpt-4o-mini", "gpt-4o", "gpt-4.1", "o4-mini", "gpt-5-mini" };
    public static readonly string[] Prompts = { "A calico cat on a skateboard at sunset", "Aerial shot of a coastline at dawn", "A paper boat drifting down a rainy street", "Time-lapse of a city intersection at night" };

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
