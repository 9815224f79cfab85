/**
 * Online platforms and the firms that run them, named by one word: bodies,
 * never people ("posted on Facebook", "Twitter has suspended …"). From
 * Wikipedia's "List of most-visited websites" and "List of social platforms
 * with at least 100 million active users". Names that are as often common
 * words, places or surnames ("Amazon", "Apple", "Signal", "Vine", "Bing") are not
 * listed.
 */
export const platforms: ReadonlySet<string> = new Set([
  'Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'Snapchat', 'Reddit', 'LinkedIn', 'WhatsApp', 'Tumblr', 'Pinterest',
  'WeChat', 'Weibo', 'Myspace', 'Bluesky',
  'Google', 'Yahoo', 'Wikipedia', 'Microsoft', 'Netflix', 'Hulu', 'Spotify', 'Uber', 'Lyft', 'Airbnb', 'eBay', 'PayPal', 'Kickstarter', 'GoFundMe'
])
