package com.bakery.sales.remote;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;
import io.netty.handler.codec.dns.DatagramDnsResponse;
import io.netty.handler.codec.dns.DatagramDnsResponseEncoder;
import io.netty.handler.codec.dns.DefaultDnsRawRecord;
import io.netty.handler.codec.dns.DnsQuestion;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server for the service's resolver, as a cluster's is for a Service with two replicas: one name, an A
 * record per replica, kept an hour by the record's own TTL. {@link #drop} takes a replica's record away, as a pod
 * that went away leaves DNS; every other name is answered from the machine's hosts file (localhost) before it gets
 * here, or not found.
 */
public class ReplicaDns implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = "replicas.test";
    public static final String FIRST = "127.0.0.2";
    public static final String SECOND = "127.0.0.3";
    private static final long HOUR = 3600;

    private static volatile List<String> addresses = List.of(FIRST, SECOND);
    private static final AtomicInteger QUERIES = new AtomicInteger();

    private EventLoopGroup group;

    /** The replica's record is gone from DNS from now on. */
    public static void drop(String address) {
        addresses = addresses.stream().filter(a -> !a.equals(address)).toList();
    }

    /** How many times the name was asked for (each address type is a query of its own). */
    public static int queries() {
        return QUERIES.get();
    }

    @Override
    public Map<String, String> start() {
        group = new NioEventLoopGroup(1);
        Channel channel = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .handler(new ChannelInitializer<DatagramChannel>() {
                    @Override
                    protected void initChannel(DatagramChannel ch) {
                        ch.pipeline().addLast(new DatagramDnsQueryDecoder(), new DatagramDnsResponseEncoder(),
                                new Answers());
                    }
                }).bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
        int port = ((InetSocketAddress) channel.localAddress()).getPort();
        return Map.of("quarkus.vertx.resolver.servers", "127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        group.shutdownGracefully();
    }

    private static final class Answers extends SimpleChannelInboundHandler<DatagramDnsQuery> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery query) throws Exception {
            DnsQuestion question = query.recordAt(DnsSection.QUESTION);
            DatagramDnsResponse response = new DatagramDnsResponse(query.recipient(), query.sender(), query.id());
            response.setRecursionAvailable(true);
            response.addRecord(DnsSection.QUESTION, question);
            if (question.name().equals(NAME + ".")) {
                QUERIES.incrementAndGet();
                if (question.type() == DnsRecordType.A) {
                    for (String address : addresses) {
                        response.addRecord(DnsSection.ANSWER, new DefaultDnsRawRecord(question.name(),
                                DnsRecordType.A, HOUR, Unpooled.wrappedBuffer(InetAddress.getByName(address)
                                        .getAddress())));
                    }
                }
            } else {
                response.setCode(DnsResponseCode.NXDOMAIN);
            }
            ctx.writeAndFlush(response);
        }
    }
}
